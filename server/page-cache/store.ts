// Rendered pages kept in this server's memory, so a published page is served without rendering it
// again. Each entry remembers the cache tags of the WordPress reads that made it: a revalidation
// of any of those tags drops it. Shared between the proxy (which serves and stores) and the app
// (which expires tags) through globalThis, as both run in one Node process.

export interface StoredPage {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  storedAt: number;
  /** Kept for less than pages are (a search's results, a not-found page): this long at most. */
  maxAgeMs?: number;
  /** The tags of every WordPress read in its render; null when unknown (dropped by any change). */
  tags: Set<string> | null;
}

import { BoundedMap } from '@/lib/util/bounded-map';
import { processSingleton } from '@/lib/util/process-singleton.cjs';

const MAX_ENTRIES = 1_000;
const MAX_BYTES = 100 * 1024 * 1024;

export class PageStore {
  private readonly pages = new BoundedMap<string, StoredPage>({
    maxEntries: MAX_ENTRIES,
    weigh: (page) => page.body.byteLength,
    maxWeight: MAX_BYTES,
  });

  get(key: string, maxAgeMs: number, now = Date.now()): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (now - page.storedAt >= Math.min(maxAgeMs, page.maxAgeMs ?? Infinity)) {
      this.pages.delete(key);
      return undefined;
    }
    return page;
  }

  set(key: string, page: StoredPage): void {
    if (page.body.byteLength > MAX_BYTES / 10) return;
    this.pages.set(key, page);
  }

  /** Drops every page made with any of these tags (and those whose tags are unknown). */
  expire(tags: Iterable<string>): number {
    const expired = new Set(tags);
    let dropped = 0;
    for (const [key, page] of this.pages) {
      if (page.tags === null || [...page.tags].some((tag) => expired.has(tag))) {
        this.pages.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  clear(): void {
    this.pages.clear();
  }

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.pages.totalWeight;
  }
}

export function pageStore(): PageStore {
  return processSingleton('page-store', () => new PageStore());
}
