import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const modulePath = require.resolve('./tag-expirations.cjs');

interface Expirations {
  keepIn(dir: string): void;
  recordExpired(tags: Iterable<string>, at?: number): void;
  expiredSince(tags: readonly string[], lastModified: number): boolean;
  forgetInMemory(): void;
  MAX_TAGS: number;
}

/** A copy of the module as another bundle in the same process loads it. */
function load(): Expirations {
  delete require.cache[modulePath];
  return require(modulePath) as Expirations;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pressfront-tags-'));
  load().forgetInMemory();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the record of expired tags', () => {
  it('is one per process, whichever copy of the module records or reads', () => {
    const route = load();
    const handler = load();
    const before = Date.now() - 10;
    route.recordExpired(['post:1']);
    expect(handler.expiredSince(['wordpress', 'post:1'], before)).toBe(true);
    expect(handler.expiredSince(['post:2'], before)).toBe(false);
    // Made after the expiry: fresh.
    expect(handler.expiredSince(['post:1'], Date.now() + 10)).toBe(false);
  });

  it('does not count an expiry set for later until then', () => {
    const record = load();
    record.recordExpired(['post:1'], Date.now() + 60_000);
    expect(record.expiredSince(['post:1'], Date.now() - 10)).toBe(false);
  });

  it('writes what it held before it was given a directory with the next expiry, and reads it back after a restart', () => {
    const record = load();
    record.recordExpired(['post:1'], 1_000);
    record.keepIn(dir);
    const file = path.join(dir, 'tag-expirations.json');
    expect(existsSync(file)).toBe(false);
    record.recordExpired(['post:2'], 2_000);
    expect(JSON.parse(readFileSync(file, 'utf8')).expired).toEqual({ 'post:1': 1_000, 'post:2': 2_000 });

    record.forgetInMemory();
    const restarted = load();
    restarted.keepIn(dir);
    expect(restarted.expiredSince(['post:2'], 1_500)).toBe(true);
    expect(restarted.expiredSince(['post:2'], 2_500)).toBe(false);
  });

  it('stays bounded: past the limit the oldest half becomes one "older than" time', () => {
    const record = load();
    const { MAX_TAGS } = record;
    record.recordExpired(
      Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag:${i}`),
      5_000,
    );
    // Folded: anything made before the floor is expired, under whatever tag.
    expect(record.expiredSince(['never-seen'], 4_999)).toBe(true);
    expect(record.expiredSince(['never-seen'], 5_001)).toBe(false);
  });
});
