// @ts-check
// Next.js's data cache, as its own file-system handler keeps it, plus what that handler forgets:
// which tags were revalidated, and when. Next keeps those in memory only, so after a restart a
// cached WordPress answer that an editor's change had expired (but nobody had read again) would
// be served as fresh. Here every expiration is also written to `.next/cache/pressfront/` and
// checked on every read, so a restart — or a crash — loses none. The change feed
// (lib/revalidate/change-feed.ts) fills in what arrived while the server was not running.
//
// CommonJS because Next.js loads this file by path at run time, outside its bundles.

const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const path = require('node:path');
// Next.js's own file-system handler: the storage stays exactly theirs. (Not a public export; its
// shape is checked by lib/cache/data-cache-handler.test.ts against the installed Next.js.)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

/** Tags remembered at most; past it the oldest half is folded into one "older than" time. */
const MAX_TAGS = 50_000;

/**
 * Expirations persisted for the whole process (Next makes a handler per request). `floor`: every
 * entry older than this counts as expired — what remains of the tags dropped to stay bounded.
 * @type {{ file: string | null, expired: Map<string, number>, floor: number }}
 */
const state = { file: null, expired: new Map(), floor: 0 };

/** @param {string} dir */
function load(dir) {
  if (state.file) return;
  state.file = path.join(dir, 'tag-expirations.json');
  merge();
}

/** Reads what the file holds into `state` (later expirations win: other servers share the file). */
function merge() {
  if (!state.file) return;
  try {
    const saved = JSON.parse(readFileSync(/* turbopackIgnore: true */ state.file, 'utf8'));
    if (typeof saved.floor === 'number') state.floor = Math.max(state.floor, saved.floor);
    for (const [tag, at] of Object.entries(saved.expired ?? {})) {
      if (typeof at === 'number') state.expired.set(tag, Math.max(state.expired.get(tag) ?? 0, at));
    }
  } catch {
    // None yet, or unreadable: what this process knows is all there is.
  }
}

function save() {
  if (!state.file) return;
  merge();
  if (state.expired.size > MAX_TAGS) {
    const byAge = [...state.expired.entries()].sort((a, b) => a[1] - b[1]);
    for (const [tag, at] of byAge.slice(0, byAge.length / 2)) {
      state.floor = Math.max(state.floor, at);
      state.expired.delete(tag);
    }
  }
  mkdirSync(/* turbopackIgnore: true */ path.dirname(state.file), { recursive: true });
  const temporary = `${state.file}.${process.pid}.tmp`;
  writeFileSync(
    /* turbopackIgnore: true */ temporary,
    JSON.stringify({ floor: state.floor, expired: Object.fromEntries(state.expired) }),
  );
  // Atomic: a crash mid-write leaves the previous file, never half of one.
  renameSync(/* turbopackIgnore: true */ temporary, state.file);
}

/**
 * Whether an entry made at `lastModified` under these tags was expired since.
 * @param {string[]} tags
 * @param {number} lastModified
 */
function expiredSince(tags, lastModified) {
  if (lastModified < state.floor) return true;
  const now = Date.now();
  return tags.some((tag) => {
    const at = state.expired.get(tag);
    return at !== undefined && at <= now && at > lastModified;
  });
}

/** @param {any} data @param {any} ctx @returns {string[]} */
function tagsOf(data, ctx) {
  const value = data?.value;
  if (value?.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value?.headers?.['x-next-cache-tags'];
  return typeof header === 'string' ? header.split(',') : [];
}

class DataCacheHandler extends FileSystemCache {
  /** @param {any} options */
  constructor(options) {
    super(options);
    // serverDistDir is .next/server: our file lives beside the fetch cache, in .next/cache.
    if (options?.serverDistDir) load(path.join(options.serverDistDir, '..', 'cache', 'pressfront'));
  }

  /** @param {any[]} args */
  async get(...args) {
    const data = await super.get(...args);
    if (data && expiredSince(tagsOf(data, args[1]), data.lastModified ?? 0)) return null;
    return data;
  }

  /** @param {string | string[]} tags @param {{ expire?: number } | undefined} durations */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const at = Date.now() + (durations?.expire ?? 0) * 1000;
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      state.expired.set(tag, Math.max(state.expired.get(tag) ?? 0, at));
    }
    save();
  }
}

// Several workers (npm run serve) share one data cache in Redis instead: shared-cache-handler.cjs.
module.exports = process.env.PRESSFRONT_REDIS_URL ? require('./shared-cache-handler.cjs') : DataCacheHandler;
