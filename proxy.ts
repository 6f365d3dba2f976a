import { type NextRequest, NextResponse } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/components/navigation/current-path';
import { type Config, getConfig } from '@/lib/config';
import { schemeScript } from '@/components/scheme-head-script';
import { islandScripts } from '@/components/islands/built';
import { speculationRulesScript } from '@/components/speculation-rules';
import { webFontsHeadScript } from '@/components/web-fonts/head-script';
import { applyScriptPolicy, newScriptPolicy, scriptPolicyOf } from '@/server/http/app-script-policy';
import { scriptHashes } from '@/server/http/content-security-policy';
import { setSecurityHeaders } from '@/server/http/security-headers';
import { serveForEdge } from '@/server/edge/serve-for-edge';
import { isSharedPageRequest, serveThroughCache } from '@/server/page-cache/serve-cached-page';
import { isReaderDocumentRequest, serveReaderDocument } from '@/server/page-cache/serve-reader-document';
import {
  CATCH_UP_PATH,
  CATCH_UP_TOKEN_HEADER,
  catchUpDue,
  catchUpToken,
  readersWait,
  runCatchUp,
} from '@/server/revalidation/catch-up';
import { INNER_REQUEST_HEADER, innerUrl, isDocumentRequest } from '@/server/routing/inner-request';
import { wantsOutageStatus, withOutageStatus } from '@/server/routing/outage-status';

/**
 * Our own inline scripts — the layout's head scripts, the speculation rules and the islands, fixed
 * at build time — by hash: pages rendered with Next's runtime name them in their script policy
 * (server/http/app-script-policy.ts).
 */
const OWN_SCRIPT_HASHES = scriptHashes([
  schemeScript,
  webFontsHeadScript,
  speculationRulesScript,
  ...Object.values(islandScripts),
]);
const scriptPolicy = () => newScriptPolicy(OWN_SCRIPT_HASHES);

/** The configuration, or null when it is bad: the pages themselves report that. */
function configOrNull(): Config | null {
  try {
    return getConfig();
  } catch {
    return null;
  }
}

/** Asks this server's catch-up route (only route handlers may revalidate tags); true when done. */
async function askCatchUp(reason: string): Promise<boolean> {
  const timeoutMs = configOrNull()?.timeoutMs ?? 8_000;
  const answer = await fetch(innerUrl(CATCH_UP_PATH), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [INNER_REQUEST_HEADER]: '1',
      [CATCH_UP_TOKEN_HEADER]: catchUpToken(),
    },
    body: JSON.stringify({ reason }),
    signal: AbortSignal.timeout(timeoutMs * 2),
  });
  return answer.ok;
}

export async function proxy(request: NextRequest) {
  const config = configOrNull();
  const response = await route(request, config);
  // Every answer, whichever way it went (server/http/security-headers.ts).
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const secure =
    (config?.publicUrl ?? '').startsWith('https:') ||
    (forwarded ?? request.nextUrl.protocol.replace(':', '')) === 'https';
  try {
    setSecurityHeaders(response.headers, config, secure);
    return response;
  } catch {
    // An answer whose headers are fixed (Response.redirect's): the same answer, copied.
    const copy = new Response(response.body, response);
    setSecurityHeaders(copy.headers, config, secure);
    return copy;
  }
}

async function route(request: NextRequest, config: Config | null): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  // Whatever the plugin announced while this server was stopped or unreachable is expired before
  // a reader sees it: the first request after start-up waits for that; later catch-ups (after
  // WordPress failed, every few minutes) run beside the readers' requests.
  const due = pathname.startsWith('/api/') ? null : catchUpDue();
  if (due) {
    const wait = readersWait(due);
    const done = runCatchUp(() => askCatchUp(due));
    if (wait) await done;
  }
  // A path whose percent-encoding is malformed (`/%E0%A4%A/`) names nothing, but Next.js's own
  // decoding of it fails with a 500. Readers get the themed 404 instead: the request is rewritten
  // to a path the router itself declares not found (page 0 of the front page), without asking WordPress.
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.rewrite(new URL('/page/0/', request.url));
  }
  // Behind an edge (Varnish, a CDN), it is the page cache every worker shares: pages every reader
  // gets alike go to it with their cache tags, and this server keeps none of its own.
  // How long an edge in front may keep a shared page (0: no edge, the page cache instead).
  const edge = config?.edge.seconds ?? 0;
  // Readers get documents: the HTML without Next's runtime (server/page-cache/reader-document.ts).
  const documents = (config?.readerPages ?? 'documents') === 'documents';
  if (edge > 0 && isSharedPageRequest(request, pathname)) {
    const briefSeconds = config?.briefCacheSeconds ?? 0;
    return serveForEdge(request, `${pathname}${search}`, edge, { documents, briefSeconds, scriptPolicy });
  }
  // Pages every reader gets alike are served from memory when a fresh copy is there.
  const maxAgeMs = (config?.pageCacheSeconds ?? 0) * 1000;
  if (maxAgeMs > 0 && isSharedPageRequest(request, pathname)) {
    // Search results and not-found pages briefly (server/page-cache/public-render.ts).
    const briefMs = Math.min(maxAgeMs, (config?.briefCacheSeconds ?? 0) * 1000);
    return serveThroughCache(request, `${pathname}${search}`, maxAgeMs, { documents, briefMs, scriptPolicy });
  }
  if (documents && isReaderDocumentRequest(request, pathname)) {
    return serveReaderDocument(request, `${pathname}${search}`, {
      shared: isSharedPageRequest(request, pathname),
    });
  }
  if (wantsOutageStatus(request, pathname)) return withOutageStatus(request, pathname + search);
  // The pages' server components learn the path here (components/navigation/current-path.ts);
  // a reader's own header of that name is replaced.
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, pathname);
  // A page rendered here with Next's runtime (app reader pages, editors' previews): its script
  // policy, with a nonce Next marks its scripts with. Next takes the nonce from the request's policy
  // header — into which it also copies the proxy's answer's — so the answer carries the same. An
  // inner request's policy is ours (server/page-cache/shared-render.ts); a reader's never counts.
  const policy = request.headers.has(INNER_REQUEST_HEADER)
    ? scriptPolicyOf(request.headers)
    : isDocumentRequest(request, pathname)
      ? scriptPolicy()
      : null;
  headers.delete('content-security-policy');
  headers.delete('content-security-policy-report-only');
  applyScriptPolicy(policy, { request: headers });
  const response = NextResponse.next({ request: { headers } });
  applyScriptPolicy(policy, { answer: response.headers });
  return response;
}

export const config = {
  // Next's own files never need it.
  matcher: '/((?!_next/static|_next/image).*)',
};
