// @ts-check
// Which cache tags were expired, and when: the record both data cache handlers consult on every
// read. It exists because a route handler's `revalidateTag` reaches the cache handler only after
// the route has answered (Next.js applies it as a `waitUntil`), and the proxy's start-up catch-up
// must not answer before what it expired is expired: a reader's first page would be rendered from
// the stale entries. So the change feed records the expiry here itself, synchronously, before it
// answers; Next's own call arrives later and changes nothing.
//
// One record per process, on globalThis: Next.js loads the handler by path while the routes bundle
// their own copy of this module. With a directory (the single-server handler) it is also written
// to disk, since Next keeps tag revalidations in memory only and a restart must lose none.
//
// CommonJS because the cache handlers, loaded outside Next's bundles, require it.

const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { forgetProcessSingleton, processSingleton } = require('../../lib/util/process-singleton.cjs');

/** Tags remembered at most; past it the oldest half is folded into one "older than" time. */
const MAX_TAGS = 50_000;

/**
 * `floor`: every entry older than this counts as expired — what remains of the tags dropped to
 * stay bounded. `file`: where the record is kept, once a handler has said (null: memory only).
 * @typedef {{ file: string | null, expired: Map<string, number>, floor: number }} ExpiryRecord
 * @returns {ExpiryRecord}
 */
function record() {
  return processSingleton('tag-expirations', () => ({ file: null, expired: new Map(), floor: 0 }));
}

/** Reads what the file holds into the record (later expirations win: other servers share it). */
function merge() {
  const state = record();
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

function bound() {
  const state = record();
  if (state.expired.size <= MAX_TAGS) return;
  const byAge = [...state.expired.entries()].sort((a, b) => a[1] - b[1]);
  for (const [tag, at] of byAge.slice(0, byAge.length / 2)) {
    state.floor = Math.max(state.floor, at);
    state.expired.delete(tag);
  }
}

function save() {
  const state = record();
  if (!state.file) return;
  merge();
  bound();
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
 * Keeps the record in `dir` from now on, starting from what is there (the first call wins: one
 * data cache per process). What was recorded before is written with the next expiry.
 * @param {string} dir
 */
function keepIn(dir) {
  const state = record();
  if (state.file) return;
  state.file = path.join(dir, 'tag-expirations.json');
  merge();
}

/**
 * Records that every entry under these tags made before `at` is expired.
 * @param {Iterable<string>} tags
 * @param {number} [at]
 */
function recordExpired(tags, at = Date.now()) {
  const state = record();
  for (const tag of tags) state.expired.set(tag, Math.max(state.expired.get(tag) ?? 0, at));
  if (state.file) save();
  else bound();
}

/**
 * Whether an entry made at `lastModified` under these tags was expired since.
 * @param {readonly string[]} tags
 * @param {number} lastModified
 */
function expiredSince(tags, lastModified) {
  const state = record();
  if (lastModified < state.floor) return true;
  const now = Date.now();
  return tags.some((tag) => {
    const at = state.expired.get(tag);
    return at !== undefined && at <= now && at > lastModified;
  });
}

/** Reads under way, remembered at most; past it the oldest are forgotten (and kept as before). */
const MAX_READS = 10_000;

/** @returns {Map<string, number>} when each cache key last missed: its read began then */
function readsBegun() {
  return processSingleton('reads-begun', () => new Map());
}

/**
 * Notes that the entry under `key` was not in the cache (or not fresh) now: the read that will
 * fill it begins now.
 * @param {string} key
 */
function noteMiss(key) {
  const begun = readsBegun();
  begun.delete(key);
  begun.set(key, Date.now());
  if (begun.size > MAX_READS) {
    const oldest = begun.keys().next().value;
    if (oldest !== undefined) begun.delete(oldest);
  }
}

/**
 * Whether the answer about to be kept under `key` was read too early: one of its tags expired
 * after its read began (an editor saved twice in quick succession, the second save landing while
 * the first one's re-read was in flight). Kept, it would be the older answer stored as fresh until
 * the next change; not kept, the next reader reads again. Forgets the read either way.
 * @param {string} key
 * @param {readonly string[]} tags
 */
function readBeforeExpiry(key, tags) {
  const begun = readsBegun();
  const at = begun.get(key);
  begun.delete(key);
  // `- 1`: an expiry in the very millisecond the read began may have come after it.
  return at !== undefined && expiredSince(tags, at - 1);
}

/** Forgets the record in memory, as a restarted process would (tests). */
function forgetInMemory() {
  forgetProcessSingleton('tag-expirations');
  forgetProcessSingleton('reads-begun');
}

module.exports = {
  keepIn,
  recordExpired,
  expiredSince,
  noteMiss,
  readBeforeExpiry,
  forgetInMemory,
  MAX_TAGS,
};
