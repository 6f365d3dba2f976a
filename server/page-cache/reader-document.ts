// Reader pages as documents. Server components render every page; the HTML Next.js sends with it
// also carries the framework's runtime (its script files and their preloads) and a second copy of
// the page as a React payload (`self.__next_f`), which a reader's browser downloads, parses and
// runs only to hydrate a page that works without them. Here, and only here, both are taken out of
// the HTML readers receive: what is left is the document and our own scripts — the head scripts,
// the islands (components/islands/), structured data and speculation rules, each marked as ours.
//
// An allow-list, not a list of Next's scripts: a script this file does not know is not ours and
// goes, so a Next.js upgrade that adds one cannot bring the runtime back. What a change of Next's
// markup could break instead is held by reader-document.test.ts, against a page rendered by the
// installed Next.js version (re-recorded with it: see that file).

import { getConfig } from '@/lib/config';
import { CSP_REPORT_PATH, documentPolicy } from '../http/content-security-policy';

/** The attribute our own inline head scripts carry (app/layout.tsx). */
export const OWN_SCRIPT_ATTRIBUTE = 'data-pf-script';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;

/** A script of ours, by its markup: never executable code of anyone else's. */
function isOwnScript(attributes: string): boolean {
  return (
    /\btype="(?:application\/ld\+json|speculationrules)"/i.test(attributes) ||
    /\bdata-island-script="[a-z-]+"/.test(attributes) ||
    new RegExp(`\\b${OWN_SCRIPT_ATTRIBUTE}(?:=""|\\b)`).test(attributes)
  );
}

/**
 * React's own inline instructions that reveal content streamed after the shell (`$RC`, `$RV`…):
 * needed only where a Suspense boundary was still pending when the shell was sent (`<!--$?-->`),
 * for the document is not complete without them. Reader pages have none (reader-document.test.ts).
 */
function isBoundaryReveal(attributes: string, code: string): boolean {
  return attributes.trim() === '' && /^(?:\$R[A-Z]|requestAnimationFrame\(function\(\)\{\$RT)/.test(code);
}

/** A preload of script: Next's runtime chunks (`as="script"`, `modulepreload`). */
function isScriptPreload(link: string): boolean {
  return (
    /\brel="modulepreload"/i.test(link) || (/\brel="preload"/i.test(link) && /\bas="script"/i.test(link))
  );
}

/** The document readers get: the HTML without the framework's runtime, payload and preloads. */
export function toReaderDocument(html: string): string {
  const pendingBoundaries = html.includes('<!--$?-->');
  return html
    .replace(SCRIPT, (whole, attributes: string, code: string) =>
      isOwnScript(attributes) || (pendingBoundaries && isBoundaryReveal(attributes, code)) ? whole : '',
    )
    .replace(LINK, (link) => (isScriptPreload(link) ? '' : link));
}

/** A `Link` response header without its script preloads (Next announces its chunks there too). */
export function withoutScriptLinks(header: string): string {
  return header
    .split(/,\s*(?=<)/)
    .filter((entry) => !/;\s*rel="?modulepreload"?/i.test(entry) && !/;\s*as="?script"?/i.test(entry))
    .join(', ');
}

const isHtml = (headers: Headers) => /^text\/html\b/i.test(headers.get('content-type') ?? '');

/**
 * A whole response made a reader's document: an HTML body transformed (its length no longer
 * declared), the `Link` header rid of script preloads. Anything else is returned as it is.
 */
export function readerDocumentBody(headers: Headers, body: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  if (!isHtml(headers)) return body;
  const link = headers.get('link');
  if (link !== null) {
    const kept = withoutScriptLinks(link);
    if (kept) headers.set('link', kept);
    else headers.delete('link');
  }
  headers.delete('content-length');
  const document = toReaderDocument(new TextDecoder().decode(body));
  const policy = policyConfig();
  if (policy)
    headers.set(policy.header, `${documentPolicy(document, policy.config)}; report-uri ${CSP_REPORT_PATH}`);
  return new TextEncoder().encode(document);
}

/** The site's policy settings, or null when the configuration is bad (the pages report that). */
function policyConfig() {
  try {
    const config = getConfig();
    return {
      config,
      header: config.cspReportOnly ? 'content-security-policy-report-only' : 'content-security-policy',
    };
  } catch {
    return null;
  }
}
