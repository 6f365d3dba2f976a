// @ts-check
// Next.js's data cache, as its own file-system handler keeps it, plus what that handler forgets:
// which tags were revalidated, and when. Next keeps those in memory only, so after a restart a
// cached WordPress answer that an editor's change had expired (but nobody had read again) would
// be served as fresh. Here every expiration is also written to `.next/cache/pressfront/` and
// checked on every read (tag-expirations.cjs), so a restart — or a crash — loses none. The change feed
// (server/revalidation/change-feed.ts) fills in what arrived while the server was not running.
//
// CommonJS because Next.js loads this file by path at run time, outside its bundles.

// Next.js's own file-system handler: the storage stays exactly theirs. (Not a public export; its
// shape is checked by server/cache-handlers/data-cache-handler.test.ts against the installed Next.js.)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const path = require('node:path');
const { expiredSince, keepIn, noteMiss, readBeforeExpiry, recordExpired } = require('./tag-expirations.cjs');

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
    if (options?.serverDistDir) keepIn(path.join(options.serverDistDir, '..', 'cache', 'pressfront'));
  }

  /** @param {any[]} args */
  async get(...args) {
    const data = await super.get(...args);
    if (!data || expiredSince(tagsOf(data, args[1]), data.lastModified ?? 0)) {
      noteMiss(args[0]);
      return null;
    }
    return data;
  }

  /** @param {any[]} args */
  async set(...args) {
    // An answer whose read began before one of its tags expired is not kept (tag-expirations.cjs).
    if (readBeforeExpiry(args[0], tagsOf({ value: args[1] }, args[2]))) return;
    await super.set(...args);
  }

  /** @param {string | string[]} tags @param {{ expire?: number } | undefined} durations */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    recordExpired(typeof tags === 'string' ? [tags] : tags, Date.now() + (durations?.expire ?? 0) * 1000);
  }
}

// Several workers (npm run serve) share one data cache in Redis instead: shared-cache-handler.cjs.
module.exports = process.env.PRESSFRONT_REDIS_URL ? require('./shared-cache-handler.cjs') : DataCacheHandler;
