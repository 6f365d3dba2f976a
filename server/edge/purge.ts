import { getConfig } from '@/lib/config';
import { log } from '@/lib/log';
import { MAX_HEADER_BYTES, surrogateKeys } from './surrogate-keys';

// Tells every edge (each Varnish in PRESSFRONT_EDGE_PURGE_URLS) to drop the pages that carry any of
// these tags: `PURGE /` with the keys in `xkey-purge` and the token the edge checks (beside its
// address allow-list, deploy/varnish/pressfront.vcl). Called wherever a tag is revalidated, once
// the data cache has forgotten it — purged first, a reader could have the edge keep the old page
// again. A tag the edge could not carry is skipped: no page was ever kept under it (such renders
// are served uncached, server/edge/serve-for-edge.ts).

export const PURGE_KEYS_HEADER = 'xkey-purge';
export const PURGE_TOKEN_HEADER = 'x-pressfront-purge-token';

export interface PurgeResult {
  url: string;
  /** The edge's HTTP status; null when it could not be reached. */
  status: number | null;
  /** How many pages it dropped, as it reported them (Varnish's xkey answers with the count). */
  purged: number | null;
  error?: string;
}

interface PurgeOptions {
  urls: string[];
  token: string | null;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** The keys in batches whose header stays within the budget every edge accepts. */
export function purgeBatches(tags: string[]): string[][] {
  const keys = [...new Set(tags)].filter((tag) => surrogateKeys([tag]).ok).sort();
  const batches: string[][] = [];
  let batch: string[] = [];
  let length = 0;
  for (const key of keys) {
    if (batch.length > 0 && length + 1 + key.length > MAX_HEADER_BYTES) {
      batches.push(batch);
      batch = [];
      length = 0;
    }
    batch.push(key);
    length += (batch.length > 1 ? 1 : 0) + key.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export async function purgeEdges(tags: string[], options: PurgeOptions): Promise<PurgeResult[]> {
  const { urls, token, timeoutMs = 2_000, fetchImpl = fetch } = options;
  const batches = purgeBatches(tags);
  if (urls.length === 0 || batches.length === 0 || !token) return [];
  return Promise.all(
    urls.map(async (url): Promise<PurgeResult> => {
      let purged = 0;
      let status: number | null = null;
      try {
        for (const batch of batches) {
          const answer = await fetchImpl(`${url}/`, {
            method: 'PURGE',
            headers: { [PURGE_KEYS_HEADER]: batch.join(' '), [PURGE_TOKEN_HEADER]: token },
            signal: AbortSignal.timeout(timeoutMs),
          });
          status = answer.status;
          await answer.body?.cancel();
          if (!answer.ok) return { url, status, purged: null, error: `refused (${answer.status})` };
          purged += Number(answer.headers.get('x-purged') ?? 0) || 0;
        }
        return { url, status, purged };
      } catch (error) {
        return { url, status, purged: null, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}

/** Purges the configured edges and logs what each did; never throws. */
export async function purgeConfiguredEdges(tags: string[]): Promise<void> {
  const { purgeUrls, purgeToken } = getConfig().edge;
  if (purgeUrls.length === 0) return;
  const started = Date.now();
  const results = await purgeEdges(tags, { urls: purgeUrls, token: purgeToken });
  for (const result of results) {
    log(result.error ? 'error' : 'info', 'edge-purge', { ...result, tags, ms: Date.now() - started });
  }
}
