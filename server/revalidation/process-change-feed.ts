import path from 'node:path';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { sharedState } from '../redis/shared-state';
import { recordExpired } from '../cache-handlers/tag-expirations.cjs';
import { getConfig } from '@/lib/config';
import { purgeConfiguredEdges } from '../edge/purge';
import { log } from '@/lib/log';
import { expirePages } from '../page-cache/expire';
import { getChangesSince } from '@/lib/wordpress/change-log';
import { withUmbrellaTags } from '@/lib/wordpress/tags';
import { getPublicOrigin } from '../seo/origin';
import { ChangeFeed } from './change-feed';
import { pagesAffectedBy, warmPages } from './warm-pages';
import { readSeq, writeSeq } from './seq-file';
import { processSingleton } from '@/lib/util/process-singleton.cjs';

// The server's one change feed, for the route handlers that feed it (the plugin's webhook and the
// proxy's catch-up request); only they may revalidate tags. Shared through globalThis: Next.js
// bundles routes apart, but they run in one process.

/**
 * Where the last applied sequence number is kept: beside Next's data cache, whose freshness it
 * vouches for, one file per server port (servers sharing a build each apply their own messages).
 */
function seqFile(): string {
  return path.join(
    process.cwd(),
    '.next',
    'cache',
    'pressfront',
    `change-seq-${process.env.PORT ?? '3000'}.json`,
  );
}

/**
 * Revalidates the tags in the data cache, drops the kept pages that read them, and purges them at
 * the edge — after the response, when Next has finished revalidating them in the data cache (in
 * Redis, with several workers): purged first, a reader could have the edge keep the old page again.
 *
 * Next applies a route's `revalidateTag` only after the route has answered, so the expiry is also
 * recorded where this process's cache handler reads it, now: when the start-up catch-up answers
 * the proxy, the reader's page it was holding is rendered from fresh reads.
 */
export function expireTags(tags: string[]): void {
  const all = withUmbrellaTags(tags);
  recordExpired(all);
  for (const tag of all) revalidateTag(tag, { expire: 0 });
  expirePages(tags);
  try {
    // Then the pages it affects are made again before a reader asks (server/revalidation/warm-pages.ts).
    const origin = getPublicOrigin().catch(() => null);
    after(async () => {
      await purgeConfiguredEdges(tags);
      const at = await origin;
      if (!at) return;
      await warmPages(await pagesAffectedBy(tags), at).catch((error: unknown) =>
        log('warn', 'warm-pages', { error: error instanceof Error ? error.message : String(error) }),
      );
    });
  } catch {
    // Outside a request (a unit test, a script): nothing to wait for, no address to warm at.
    void purgeConfiguredEdges(tags);
  }
}

/**
 * Where the cache stands in the change log: with workers sharing Redis, the position recorded
 * there (the shared cache's, whichever worker applied it: a worker new to the site catches up from
 * it rather than expiring everything); without Redis, or when it has none (a Redis started afresh
 * holds no cache either), this server's own file.
 */
async function readPosition(): Promise<number | null> {
  const { wordpressUrl } = getConfig();
  const shared = await sharedState().readSeq(wordpressUrl);
  return shared ?? readSeq(seqFile(), wordpressUrl);
}

export function changeFeed(): ChangeFeed {
  return processSingleton(
    'change-feed',
    () =>
      new ChangeFeed({
        pluginConfigured: getConfig().bridgeSecret !== null,
        fetchSince: getChangesSince,
        readSeq: readPosition,
        writeSeq: async (seq) => {
          const { wordpressUrl } = getConfig();
          await Promise.all([
            writeSeq(seqFile(), seq, wordpressUrl),
            sharedState().advanceSeq(seq, wordpressUrl),
          ]);
        },
        expire: expireTags,
        log: (level, fields) => log(level, 'change-feed', fields),
      }),
  );
}
