// The one way Pressfront talks to WordPress: @wordpress/api-fetch with a fetch handler bound to
// the global fetch, so Next.js's data cache (`next: { tags, revalidate }`) applies to every read.
import apiFetch, { type APIFetchOptions } from '@wordpress/api-fetch';
import type { z } from 'zod';
import { getConfig } from '../config';
import { signedHeaders } from '../signing';
import { isOriginBusy, NotFoundError, OriginBusyError, RefusedError, UpstreamError } from './errors';
import { LastGood } from './last-good';
import { logServedLastGood, logShed, logUpstreamFailure } from './log';
import { originDispatcher, USER_AGENT } from './origin-bound';
import { tellRead, tellUpstreamFailure } from './observe';
import { tags } from './tags';

const lastGood = new LastGood<WpResponse<unknown>>();

type Query = Record<string, string | number | boolean | undefined>;

export interface WpRequest<S extends z.ZodType> {
  /** REST route below /wp-json, e.g. "/wp/v2/posts". */
  path: string;
  query?: Query;
  schema: S;
  /** Cache tags from ./tags; the response is cached under them until revalidated. */
  tags: string[];
  /**
   * More tags for the cache entry only, not told to the page that reads it: a bundle that carried
   * reads the page may not take (its follow-ups) must expire with them.
   */
  cacheOnlyTags?: string[];
  /** Send the server-side Application Password (per call; never module-wide middleware). */
  authenticated?: boolean;
  /**
   * An authenticated answer that is the same for every reader (site settings, menus): it may be
   * cached under its tags. Without this, authenticated answers are never cached.
   */
  shareable?: boolean;
  /** What a 404 means to the caller, for the NotFoundError message. */
  notFound?: string;
  /** Personal to one reader (a post read with its password): never cached. */
  personal?: boolean;
  /** WordPress error codes that are a reader's mistake, thrown as RefusedError and not logged. */
  refusals?: string[];
  /** POST a JSON body instead of reading. Writes are never cached. */
  body?: Record<string, unknown>;
  /**
   * Sign the body with the secret shared with the companion plugin, for its endpoints that answer
   * the frontend only. The value names what the request is for (it is part of what is signed).
   */
  signedAs?: 'subscribers' | 'changes';
}

export interface WpResponse<T> {
  data: T;
  headers: Headers;
}

// api-fetch passes every option through to the handler, including Next's `next` field.
type HandlerOptions = RequestInit & { url?: string; path?: string; data?: unknown };

apiFetch.setFetchHandler((options) => {
  const { url, path, data, ...init } = options as HandlerOptions;
  // api-fetch's own handler turns `data` into a JSON body; ours must do the same.
  if (data !== undefined) {
    init.body = JSON.stringify(data);
    init.headers = { ...(init.headers as Record<string, string>), 'Content-Type': 'application/json' };
  }
  return fetch(url ?? path ?? '', init);
});

/**
 * Fetches one REST resource, validates it with `schema`, and throws typed errors. A read every
 * reader shares falls back to its last good answer when WordPress fails (down, slow, 5xx, HTML or
 * cut-off JSON): Next's data cache keeps stale answers only across failures it can see, and an
 * error page answered with status 200 would otherwise replace a good one.
 */
export async function wpFetch<S extends z.ZodType>(request: WpRequest<S>): Promise<WpResponse<z.infer<S>>> {
  const shared = !request.body && !request.personal && (!request.authenticated || request.shareable);
  const key = shared ? endpointOf(request.path, request.query) : null;
  try {
    const result = await fetchOnce(request).catch(async (error: unknown) => {
      // Writes are never repeated: WordPress may have done one before the answer was lost.
      if (request.body) throw error;
      // A garbled answer may now sit in Next's data cache (it caches any 200): ask WordPress again,
      // around the cache, before giving up on this read.
      if (error instanceof GarbledAnswer) return fetchOnce(request, true);
      // A dropped connection or a gateway's 502/503/504 is often gone a moment later: one more
      // try. Not a timeout — the reader has already waited the whole of it.
      if (isTransient(error)) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
        return fetchOnce(request);
      }
      throw error;
    });
    if (key) lastGood.remember(key, result);
    // Observers (the page cache) learn what this render read, and whether it was for this reader only.
    if (!request.body) await tellRead([tags.all, ...request.tags], !shared);
    return result;
  } catch (error) {
    // "There is none" depends on what was asked as much as an answer does: a not-found page is kept
    // (briefly) under these tags, so publishing what it was missing replaces it.
    if (error instanceof NotFoundError && !request.body) await tellRead([tags.all, ...request.tags], !shared);
    const kept = key && error instanceof UpstreamError ? lastGood.recall(key) : undefined;
    // A page made while WordPress fails is not one to keep, even from last good answers.
    if (error instanceof UpstreamError) await tellUpstreamFailure();
    if (!kept) throw error;
    logServedLastGood(endpointOf(request.path, redact(request.query)));
    return kept as WpResponse<z.infer<S>>;
  }
}

/** WordPress answered 200 with something that is not the JSON asked for. */
class GarbledAnswer extends UpstreamError {}

/** The connection failed (refused, reset): no answer at all, and no long wait either. */
class Unreachable extends UpstreamError {}

const RETRY_DELAY_MS = 250;

function isTransient(error: unknown): boolean {
  return (
    error instanceof Unreachable ||
    (error instanceof UpstreamError && (error.status === 502 || error.status === 503 || error.status === 504))
  );
}

async function fetchOnce<S extends z.ZodType>(
  request: WpRequest<S>,
  bypassCache = false,
): Promise<WpResponse<z.infer<S>>> {
  const config = getConfig();
  const url = `${config.wordpressUrl}/wp-json${endpointOf(request.path, request.query)}`;
  // What errors and logs name: the same request with secrets a reader typed blanked out.
  const endpoint = endpointOf(request.path, redact(request.query));
  // Named, so WordPress's logs (and the local load meter, backend/php/load-meter.php) tell the
  // frontends' requests from readers' and editors'.
  const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': USER_AGENT };
  if (request.authenticated && config.credentials) {
    const { user, password } = config.credentials;
    headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }
  if (request.signedAs) {
    if (!config.bridgeSecret) {
      throw logUpstreamFailure(new UpstreamError(endpoint, null, 'PRESSFRONT_BRIDGE_SECRET is not set'));
    }
    // The fetch handler serializes `data` with JSON.stringify too: the bytes signed are the bytes sent.
    Object.assign(
      headers,
      signedHeaders(request.signedAs, JSON.stringify(request.body ?? {}), config.bridgeSecret),
    );
  }

  // Authenticated answers may hold private data: never in the shared data cache.
  const uncached =
    (request.authenticated && !request.shareable) || request.personal || request.body || bypassCache;
  const options: APIFetchOptions<false> & { dispatcher: never } = {
    url,
    parse: false,
    headers,
    signal: AbortSignal.timeout(config.timeoutMs),
    // Within the bound on WordPress's load (./origin-bound.ts): a place from the moment it is sent
    // to its last byte; a read the data cache answers is never sent.
    dispatcher: originDispatcher(),
    ...(request.body ? { method: 'POST', data: request.body } : {}),
    ...(uncached
      ? { cache: 'no-store' as const }
      : {
          next: {
            tags: [tags.all, ...request.tags, ...(request.cacheOnlyTags ?? [])],
            revalidate: config.dataCacheSeconds,
          },
        }),
  };
  let response: Response;
  let body: string;
  try {
    response = await apiFetch<Response, false>(options);
    body = await response.text();
  } catch (error) {
    // Not sent: the frontends already ask WordPress all they may. Said, but not an outage.
    const busy = error instanceof Error && isOriginBusy(error.cause) ? error.cause : error;
    if (isOriginBusy(busy)) throw logShed(new OriginBusyError(endpoint, busy.reason));
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw logUpstreamFailure(
        new UpstreamError(endpoint, null, `no answer within ${config.timeoutMs} ms`, { cause: error }),
      );
    }
    const detail = `unreachable (${error instanceof Error ? error.message : String(error)})`;
    throw logUpstreamFailure(new Unreachable(endpoint, null, detail, { cause: error }));
  }

  const json = parseJson(body);

  if (!response.ok) {
    const code = errorCode(json);
    if (code && request.refusals?.includes(code)) {
      throw new RefusedError(code, response.status, errorMessage(json) ?? code, errorData(json));
    }
    // WordPress answers 400 rest_post_invalid_page_number for a page past the end: a 404 to readers.
    if (response.status === 404 || code === 'rest_post_invalid_page_number') {
      throw new NotFoundError(request.notFound ?? endpoint);
    }
    throw logUpstreamFailure(new UpstreamError(endpoint, response.status, code ?? 'error response'));
  }
  if (json === undefined) {
    throw logUpstreamFailure(
      new GarbledAnswer(endpoint, response.status, 'answered with something that is not JSON'),
    );
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'response';
    throw logUpstreamFailure(
      new GarbledAnswer(
        endpoint,
        response.status,
        `unexpected shape at ${where}: ${issue?.message ?? 'invalid'}`,
      ),
    );
  }
  return { data: parsed.data, headers: response.headers };
}

function redact(query: Query = {}): Query {
  return 'password' in query ? { ...query, password: '[redacted]' } : query;
}

/** A route with its query string, as WordPress is asked for it (and as errors and logs name it). */
export function endpointOf(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorCode(json: unknown): string | undefined {
  return typeof json === 'object' && json !== null && 'code' in json && typeof json.code === 'string'
    ? json.code
    : undefined;
}

function errorData(json: unknown): Record<string, unknown> {
  return typeof json === 'object' && json !== null && 'data' in json && typeof json.data === 'object'
    ? { ...(json.data as Record<string, unknown>) }
    : {};
}

function errorMessage(json: unknown): string | undefined {
  return typeof json === 'object' && json !== null && 'message' in json && typeof json.message === 'string'
    ? json.message
    : undefined;
}
