import { rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// What the data cache handlers' tests store and read: one WordPress answer as Next.js hands it to
// a cache handler, under the tags Pressfront gives it (shared by both handlers' tests).

export interface Entry {
  lastModified: number;
  value: { kind: string; data: { body: string } };
}

export interface Handler {
  get(key: string, ctx: Record<string, unknown>): Promise<Entry | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
}

/** The process's record of expired tags (tag-expirations.cjs), as the tests use it. */
export interface Expirations {
  recordExpired(tags: string[]): void;
  forgetInMemory(): void;
}

export const fetchEntry = (body: string) => ({
  kind: 'FETCH',
  data: { headers: {}, body, status: 200, url: 'http://wordpress.test/wp-json/wp/v2/posts/1' },
  revalidate: 3600,
});

export const read = { kind: 'FETCH', fetchCache: true, tags: ['wordpress', 'post:1'], softTags: [] };
export const write = { fetchCache: true, tags: ['wordpress', 'post:1'], revalidate: 3600 };

/**
 * Resolves once both clocks the handlers compare have moved past `at`: Date.now() (expiry records)
 * and a new file's mtime (entries on disk), which the kernel takes from a clock that lags
 * Date.now() by up to a tick. What is written after this is later than `at` by either — waited
 * for, not guessed with a sleep.
 */
export async function clocksPast(at: number): Promise<void> {
  const probe = path.join(tmpdir(), `pressfront-clock-${process.pid}`);
  for (;;) {
    writeFileSync(probe, '');
    if (Date.now() > at && statSync(probe).mtimeMs > at) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  rmSync(probe, { force: true });
}
