import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { revalidateTag } from 'next/cache';
import { getConfig } from '../config';
import { log } from '../log';
import { expirePages } from '../page-cache/expire';
import { getChangesSince } from '../wordpress/changes';
import { ChangeFeed } from './change-feed';

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

async function readSeq(): Promise<number | null> {
  try {
    const saved: unknown = JSON.parse(await readFile(seqFile(), 'utf8'));
    const seq = typeof saved === 'object' && saved !== null && 'seq' in saved ? saved.seq : null;
    return typeof seq === 'number' && Number.isInteger(seq) && seq >= 0 ? seq : null;
  } catch {
    return null;
  }
}

async function writeSeq(seq: number): Promise<void> {
  const file = seqFile();
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ seq, wordpress: getConfig().wordpressUrl }));
  await rename(temporary, file);
}

export function expireTags(tags: string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  expirePages(tags);
}

const KEY = Symbol.for('pressfront.change-feed');

export function changeFeed(): ChangeFeed {
  const holder = globalThis as typeof globalThis & { [KEY]?: ChangeFeed };
  holder[KEY] ??= new ChangeFeed({
    pluginConfigured: getConfig().revalidateSecret !== null,
    fetchSince: getChangesSince,
    readSeq,
    writeSeq,
    expire: expireTags,
    log: (level, fields) => log(level, 'change-feed', fields),
  });
  return holder[KEY];
}
