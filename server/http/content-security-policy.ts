import { createHash } from 'node:crypto';
import type { Config } from '@/lib/config';
import { frameAncestors } from './security-headers';

// The browser policy of a reader document, behind the sanitizer: a script runs only if it is one
// of ours, named by the hash of its text — the head scripts, the islands, the speculation rules,
// exactly those the document kept (server/page-cache/reader-document.ts) — so a sanitizer bug
// that let a `<script>` or an `on…` attribute through would still run nothing. Hashes, not nonces:
// documents are cached and shared, and a nonce would have to differ per reader. Frames only from
// the players the sanitizer allows; no plugins; no <base>; forms post to the site alone. Pages
// that keep Next's runtime get the same policy with a nonce for Next's scripts (appPolicy).

/** Where browsers report what the policy refused (app/api/csp-report/: logged). */
export const CSP_REPORT_PATH = '/api/csp-report/';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The `'sha256-…'` source of each inline script that would run (data blocks such as JSON-LD do not). */
export function inlineScriptHashes(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', code = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc=/i.test(attributes) || /\btype="application\/ld\+json"/i.test(attributes)) continue;
    scripts.push(code);
  }
  return scriptHashes(scripts);
}

/** The `'sha256-…'` source of each of these script texts. */
export function scriptHashes(scripts: string[]): string[] {
  return [
    ...new Set(
      scripts.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`),
    ),
  ].sort();
}

type PolicyConfig = Pick<Config, 'wordpressUrl' | 'wordpressHomeUrl' | 'frameAncestors' | 'embedHosts'>;

/** The policy for a document with these inline scripts. */
export function documentPolicy(html: string, config: PolicyConfig): string {
  const scripts = inlineScriptHashes(html);
  return policy(scripts.length > 0 ? scripts.join(' ') : "'none'", config);
}

/**
 * The policy for a page Next renders with its runtime (a site's `app` reader pages, editors'
 * previews): Next marks each of its scripts with the request's `nonce` (it reads it from the
 * request's own policy header), the scripts those load are trusted in turn ('strict-dynamic'), and
 * ours — the head scripts and the islands, fixed at build time — are named by their hashes.
 */
export function appPolicy(nonce: string, ownScriptHashes: string[], config: PolicyConfig): string {
  return policy([`'nonce-${nonce}'`, "'strict-dynamic'", ...ownScriptHashes].join(' '), config);
}

function policy(scripts: string, config: PolicyConfig): string {
  const players = config.embedHosts.map((host) => `https://${host}`);
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Themes, the site's design and WordPress's block styles are inline CSS: styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Images and media from anywhere a post links them (WordPress, avatars, other sites).
    'img-src * data: blob:',
    'media-src *',
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${players.length > 0 ? players.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors(config)}`,
  ].join('; ');
}
