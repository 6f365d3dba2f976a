import { applyScriptPolicy } from '../http/app-script-policy';
import { isDocumentRequest, passOnHeaders } from '../routing/inner-request';
import { unavailable } from '../routing/outage-status';
import { keepingOf } from './public-render';
import { peekRender, takeRender } from './render-log';
import { readerDocumentOf } from './serve-reader-document';
import { isNotModified, notModified, setValidators, validatorsOf } from './validators';
import { type KeptAs, renderShared } from './shared-render';
import { pageStore } from './store';
import { processSingleton } from '@/lib/util/process-singleton.cjs';
import { expiredSince } from '../cache-handlers/tag-expirations.cjs';

// The proxy's page cache. A reader's GET for a page is answered from memory when a fresh copy is
// there; otherwise the proxy asks this same server for it (the "inner" request, which renders as
// usual), passes the answer on as it streams, and keeps a copy when it is a plain public page.
// Nothing personal is ever kept: requests with draft, preview, password or result cookies are
// not served from here, and neither is a render that read anything personal or saw WordPress fail.

export const CACHE_STATUS_HEADER = 'x-pressfront-cache';

const PERSONAL_COOKIES =
  /(?:^|;\s*)(?:__prerender_bypass|pf_draft|pf_theme_preview|pf-postpass-\d+|pf-subscribe)=/;

/** A GET or HEAD for a page or feed that every reader gets alike. */
export function isSharedPageRequest(request: Request, pathname: string): boolean {
  return (
    isDocumentRequest(request, pathname) &&
    !pathname.startsWith('/subscribe/') &&
    !pathname.startsWith('/preview/') &&
    !PERSONAL_COOKIES.test(request.headers.get('cookie') ?? '')
  );
}

/** Pages differ by the address they are read at (canonical URLs are absolute): that is the key. */
function keyOf(request: Request, pathAndQuery: string): string {
  const first = (name: string) => request.headers.get(name)?.split(',')[0]?.trim();
  const host = first('x-forwarded-host') ?? first('host') ?? new URL(request.url).host;
  return `${first('x-forwarded-proto') ?? 'http'}://${host}${pathAndQuery}`;
}

// Renders under way, by key: readers who miss the same page meanwhile wait for that render instead
// of each starting their own (32 readers arriving at once for a page just expired would otherwise
// mean 32 renders and 32 rounds of WordPress reads).
const inFlight = () => processSingleton('page-renders-in-flight', () => new Map<string, Promise<void>>());

function fromStore(request: Request, key: string, maxAgeMs: number): Response | null {
  const kept = pageStore().get(key, maxAgeMs);
  if (!kept) return null;
  const headers = new Headers(kept.headers);
  headers.set(CACHE_STATUS_HEADER, 'hit');
  headers.set('Age', String(Math.floor((Date.now() - kept.storedAt) / 1000)));
  if (isNotModified(request, headers)) return notModified(headers);
  return new Response(request.method === 'HEAD' ? null : (kept.body as Uint8Array<ArrayBuffer>), {
    status: kept.status,
    headers,
  });
}

export async function serveThroughCache(
  request: Request,
  pathAndQuery: string,
  maxAgeMs: number,
  { briefMs = 0, ...kept }: KeptAs & { briefMs?: number },
): Promise<Response> {
  const key = keyOf(request, pathAndQuery);
  const hit = fromStore(request, key, maxAgeMs);
  if (hit) return hit;
  const pending = inFlight().get(key);
  if (pending) {
    await pending;
    // Kept by the render we waited for; if it was not keepable (an error, something personal),
    // this reader's request renders on its own.
    const kept = fromStore(request, key, maxAgeMs);
    if (kept) return kept;
  }
  return renderAndKeep(request, { key, pathAndQuery, briefMs }, kept);
}

/** A page being rendered: its key in the store, its address, how long a brief answer is kept (0: not). */
interface Rendering {
  key: string;
  pathAndQuery: string;
  briefMs: number;
}

/**
 * Resolves once no render of this page is still being read or kept: what was to be kept is in the
 * store by then, and what was not never will be (tests wait on this, not on time).
 */
export async function renderSettled(request: Request, pathAndQuery: string): Promise<void> {
  await inFlight().get(keyOf(request, pathAndQuery));
}

async function renderAndKeep(request: Request, page: Rendering, kept: KeptAs): Promise<Response> {
  const { key } = page;
  let settled = () => {};
  const done = new Promise<void>((resolve) => (settled = resolve));
  const renders = inFlight();
  if (!renders.has(key)) {
    renders.set(key, done);
    void done.then(() => renders.delete(key));
  }
  try {
    return await startRender(request, page, settled, kept);
  } catch (error) {
    settled();
    throw error;
  }
}

async function startRender(
  request: Request,
  page: Rendering,
  settled: () => void,
  kept: KeptAs,
): Promise<Response> {
  const startedAt = Date.now();
  const { id, inner, scriptPolicy } = await renderShared(request, page.pathAndQuery, kept);
  const answer = passOnHeaders(inner, request.url);
  answer.set(CACHE_STATUS_HEADER, 'miss');
  applyScriptPolicy(scriptPolicy, { answer });
  // A reader's document is made of the whole page (server/page-cache/reader-document.ts): kept and
  // sent as made, not streamed as rendered.
  if (kept.documents && inner.body) {
    try {
      return await keepDocument(request, inner, { ...page, id, headers: answer, startedAt });
    } finally {
      settled();
    }
  }
  const body = inner.body;
  if (!body) {
    takeRender(id);
    settled();
    return new Response(null, { status: inner.status, headers: answer });
  }
  const [toReader, toStore] = body.tee();
  void keepWhenPublic(toStore, { ...page, id, status: inner.status, headers: answer, startedAt }).finally(
    settled,
  );
  // A render that failed because WordPress did is "unavailable, come back", not our error.
  if (inner.status === 500 && peekRender(id)?.upstreamFailed) return unavailable(toReader, answer);
  return new Response(toReader, { status: inner.status, headers: answer });
}

/**
 * A reader's document: made whole, then — when every reader may have it — kept with its validators
 * and sent with them (a browser holding this very copy gets a 304).
 */
async function keepDocument(
  request: Request,
  inner: Response,
  page: Rendering & { id: string; headers: Headers; startedAt: number },
): Promise<Response> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readerDocumentOf(request, inner, page.headers, { shared: true });
  } catch (error) {
    takeRender(page.id);
    throw error;
  }
  // The render has finished once its body has: its record is complete.
  const record = takeRender(page.id);
  // Begun before one of what it read expired, it may hold the older answer: sent, not kept.
  const current = record !== undefined && !expiredSince([...record.tags], page.startedAt - 1);
  const keeping = record && current ? keepingOf(inner.status, page.headers, record, page.pathAndQuery) : null;
  if (record && keeping && (keeping === 'page' || page.briefMs > 0)) {
    // Sent with the validators of the copy kept.
    const kept = {
      status: inner.status,
      tags: record.tags,
      maxAgeMs: keeping === 'brief' ? page.briefMs : undefined,
    };
    setValidators(page.headers, keep(page.key, kept, page.headers, body));
    if (isNotModified(request, page.headers)) return notModified(page.headers);
  }
  // A render that failed because WordPress did is "unavailable, come back", not our error.
  if (inner.status === 500 && record?.upstreamFailed)
    return unavailable(new Response(body).body, page.headers);
  return new Response(request.method === 'HEAD' ? null : body, {
    status: inner.status,
    headers: page.headers,
  });
}

async function keepWhenPublic(
  stream: ReadableStream<Uint8Array>,
  page: Rendering & { id: string; status: number; headers: Headers; startedAt: number },
): Promise<void> {
  const chunks: Uint8Array[] = [];
  try {
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
  } catch {
    takeRender(page.id);
    return;
  }
  // The render has finished once its body has: its record is complete.
  const record = takeRender(page.id);
  const keeping = record ? keepingOf(page.status, page.headers, record, page.pathAndQuery) : null;
  if (!record || !keeping || (keeping === 'brief' && page.briefMs === 0)) return;
  // A page whose render began before one of what it read expired may hold the older answer (an
  // editor saved twice in quick succession): not kept, the next reader renders it again.
  // (`- 1`: an expiry in the very millisecond the render began may have come after it.)
  if (expiredSince([...record.tags], page.startedAt - 1)) return;
  // The kept copy is served with validators; this first answer went out as Next made it.
  const kept = {
    status: page.status,
    tags: record.tags,
    maxAgeMs: keeping === 'brief' ? page.briefMs : undefined,
  };
  keep(page.key, kept, page.headers, Buffer.concat(chunks));
}

/** Keeps a page every reader may have, with its validators (which it returns). */
function keep(
  key: string,
  page: { status: number; tags: Set<string>; maxAgeMs: number | undefined },
  answered: Headers,
  body: Uint8Array,
) {
  const storedAt = Date.now();
  const validators = validatorsOf(body, storedAt);
  const headers = new Headers(answered);
  headers.delete(CACHE_STATUS_HEADER);
  setValidators(headers, validators);
  const { status, tags, maxAgeMs } = page;
  pageStore().set(key, { status, headers: [...headers.entries()], body, storedAt, tags, maxAgeMs });
  return validators;
}
