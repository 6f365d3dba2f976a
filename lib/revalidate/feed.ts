import path from 'node:path';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { getConfig } from '../config';
import { purgeConfiguredEdges } from '../edge/purge';
import { log } from '../log';
import { expirePages } from '../page-cache/expire';
import { getChangesSince } from '../wordpress/changes';
import { ChangeFeed } from './change-feed';
import { readSeq, writeSeq } from './seq-file';

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
 */
function expireTags(tags: string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  expirePages(tags);
  try {
    after(() => purgeConfiguredEdges(tags));
  } catch {
    // Outside a request (a unit test, a script): nothing to wait for.
    void purgeConfiguredEdges(tags);
  }
}

const KEY = Symbol.for('pressfront.change-feed');

export function changeFeed(): ChangeFeed {
  const holder = globalThis as typeof globalThis & { [KEY]?: ChangeFeed };
  holder[KEY] ??= new ChangeFeed({
    pluginConfigured: getConfig().revalidateSecret !== null,
    fetchSince: getChangesSince,
    readSeq: () => readSeq(seqFile(), getConfig().wordpressUrl),
    writeSeq: (seq) => writeSeq(seqFile(), seq, getConfig().wordpressUrl),
    expire: expireTags,
    log: (level, fields) => log(level, 'change-feed', fields),
  });
  return holder[KEY];
}
