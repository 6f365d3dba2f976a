// Rendered pages kept in this server's memory, so a published page is served without rendering it
// again. Each entry remembers the cache tags of the WordPress reads that made it: a revalidation
// of any of those tags drops it. Shared between the proxy (which serves and stores) and the app
// (which expires tags) through globalThis, as both run in one Node process.

export interface StoredPage {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  storedAt: number;
  /** The tags of every WordPress read in its render; null when unknown (dropped by any change). */
  tags: Set<string> | null;
}

const MAX_ENTRIES = 1_000;
const MAX_BYTES = 100 * 1024 * 1024;

export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;

  get(key: string, maxAgeMs: number, now = Date.now()): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (now - page.storedAt >= maxAgeMs) {
      this.delete(key);
      return undefined;
    }
    // Least recently used goes first: refresh this one's place.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: StoredPage): void {
    if (page.body.byteLength > MAX_BYTES / 10) return;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += page.body.byteLength;
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.delete(oldest);
    }
  }

  /** Drops every page made with any of these tags (and those whose tags are unknown). */
  expire(tags: Iterable<string>): number {
    const expired = new Set(tags);
    let dropped = 0;
    for (const [key, page] of this.pages) {
      if (page.tags === null || [...page.tags].some((tag) => expired.has(tag))) {
        this.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.bytes -= page.body.byteLength;
    this.pages.delete(key);
  }
}

const KEY = Symbol.for('pressfront.page-store');

export function pageStore(): PageStore {
  const store = globalThis as typeof globalThis & { [KEY]?: PageStore };
  store[KEY] ??= new PageStore();
  return store[KEY];
}
