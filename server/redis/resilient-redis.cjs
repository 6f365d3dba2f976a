// @ts-check
// The shared data cache's Redis handler, made to survive an outage and repair it afterwards
// (shared-cache-handler.cjs puts this worker's own memory behind it): while Redis cannot be reached
// every call fails at once — the cache handler then reads this worker's memory — and the tags this
// worker revalidates are remembered; when Redis answers again they are revalidated there (another
// worker may have cached what they expired), and entries Redis holds from before are not trusted.
// One log line when it goes, one when it is back.

/** Tags remembered during an outage, at most; past it, everything Redis holds is expired instead. */
const MAX_PENDING_TAGS = 10_000;

/**
 * Wraps the Redis handler so that an outage is survived and then repaired.
 * @param {{ on: (event: string, listener: (...args: any[]) => void) => unknown }} client the Redis client
 * @param {(level: 'info' | 'warn' | 'error', fields: Record<string, unknown>) => void} log
 * @param {any} redis the package's redis-strings handler on that client
 * @param {string} everything the tag every entry carries (lib/wordpress/tags.ts: tags.all)
 */
function resilient(client, log, redis, everything) {
  /** Entries written to Redis before this time are not trusted (0: all are). */
  let trustedSince = 0;
  /** @type {Set<string>} */
  const pending = new Set();
  let overflowed = false;
  let down = false;

  client.on('error', (/** @type {Error} */ error) => {
    if (down) return;
    down = true;
    log('warn', { event: 'unreachable', detail: error.message, fallback: "this worker's memory" });
  });
  /** Revalidates in Redis what this worker expired while it could not; what fails stays pending. */
  const replay = async () => {
    const tags = overflowed ? [everything] : [...pending];
    const wasOverflowed = overflowed;
    pending.clear();
    overflowed = false;
    const results = await Promise.allSettled(tags.map((tag) => redis.revalidateTag(tag)));
    const failed = tags.filter((_, i) => results[i]?.status === 'rejected');
    for (const tag of failed) pending.add(tag);
    return { replayedTags: tags.length - failed.length, failed: failed.length, overflowed: wasOverflowed };
  };

  client.on('ready', () => {
    if (!down) return;
    down = false;
    // Entries another worker wrote before the outage may carry tags this one expired meanwhile.
    trustedSince = Date.now();
    void replay().then((result) => log('info', { event: 'back', ...result }));
  });

  return {
    name: 'redis',
    /** @param {string} key @param {any} meta */
    async get(key, meta) {
      const value = await redis.get(key, meta);
      if (value && (value.lastModified ?? 0) < trustedSince) return null;
      return value;
    },
    /** @param {string} key @param {any} value @param {any} ctx */
    set(key, value, ctx) {
      return redis.set(key, value, ctx);
    },
    /** @param {string} tag */
    async revalidateTag(tag) {
      try {
        await redis.revalidateTag(tag);
        // A call that failed without the connection dropping (a timeout) left tags behind.
        if (!down && (pending.size > 0 || overflowed)) await replay();
      } catch (error) {
        if (pending.size < MAX_PENDING_TAGS) pending.add(tag);
        // Too many to replay: everything Redis holds is expired on reconnection instead.
        else overflowed = true;
        throw error;
      }
    },
    /** @param {string} key */
    async delete(key) {
      await redis.delete?.(key);
    },
  };
}

module.exports = { resilient, MAX_PENDING_TAGS };
