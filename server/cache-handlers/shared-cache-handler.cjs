// @ts-check
// Next.js's data cache shared by every worker, in Redis (PRESSFRONT_REDIS_URL), through
// @fortedigital/nextjs-cache-handler — the maintained successor of @neshca/cache-handler, the
// one Redis handler whose releases follow Next 16's cacheHandler interface. Its redis-strings
// handler stores each entry with its tags; revalidateTag deletes every entry that carries the tag,
// for all workers at once.
//
// Redis is a cache, never a dependency: each worker also keeps its own in-memory copy (the
// package's local-lru handler). While Redis cannot be reached, reads fall through to that copy,
// the tags this worker revalidates are remembered, and one log line says so; when Redis answers
// again those tags are revalidated there too (another worker may have cached what they expired),
// and what Redis held from before the outage is not trusted by this worker.
//
// CommonJS because Next.js loads this file by path at run time, outside its bundles.

const { CacheHandler } = require('@fortedigital/nextjs-cache-handler');
const createRedisHandler = require('@fortedigital/nextjs-cache-handler/redis-strings').default;
const createLruHandler = require('@fortedigital/nextjs-cache-handler/local-lru').default;
const { redisConnection, connectedSoon, TIMEOUT_MS } = require('../redis/redis-connection.cjs');
const { resilient } = require('../redis/resilient-redis.cjs');
const { expiredSince, noteMiss, readBeforeExpiry } = require('./tag-expirations.cjs');

/** @param {'info' | 'warn' | 'error'} level @param {Record<string, unknown>} fields */
function log(level, fields) {
  const line = JSON.stringify({ level, source: 'shared-cache', ...fields });
  if (level === 'info') console.log(line);
  else console.error(line);
}

CacheHandler.onCreation(async ({ buildId }) => {
  const url = process.env.PRESSFRONT_REDIS_URL ?? '';
  const { client, connected } = redisConnection(url);
  const local = createLruHandler();
  const redis = resilient(
    client,
    log,
    createRedisHandler({
      client,
      // One build's entries are not another's: a deploy starts with an empty shared cache.
      keyPrefix: `pressfront:${(buildId ?? 'dev').trim()}:`,
      timeoutMs: TIMEOUT_MS,
    }),
    // lib/wordpress/tags.ts's tags.all, on every entry read from WordPress.
    'wordpress',
  );
  // Not awaited beyond a moment: with Redis down, the connection keeps retrying (and its 'error'
  // events say so once); the worker starts on its own memory and moves to Redis when it answers.
  const ready = await connectedSoon(connected);
  if (ready) log('info', { event: 'connected', url: url.replace(/\/\/[^@/]*@/, '//***@') });
  return { handlers: [redis, local] };
});

/**
 * The package's handler, plus this process's record of expired tags (tag-expirations.cjs): what
 * the change feed expired is a miss here at once, before Next.js's own revalidation — applied
 * after the route that asked for it has answered — has reached Redis.
 */
class SharedCacheHandler extends CacheHandler {
  /** @param {Parameters<CacheHandler['get']>} args */
  async get(...args) {
    const data = await super.get(...args);
    const [, ctx] = args;
    const tags = [...(data?.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    if (!data || expiredSince(tags, data.lastModified ?? 0)) {
      noteMiss(args[0]);
      return null;
    }
    return data;
  }

  /** @param {Parameters<CacheHandler['set']>} args */
  async set(...args) {
    // An answer whose read began before one of its tags expired is not kept (tag-expirations.cjs).
    const [key, value, ctx] = /** @type {[string, any, any]} */ (args);
    const tags = [...(value?.kind === 'FETCH' ? (ctx?.tags ?? []) : []), ...(ctx?.softTags ?? [])];
    if (readBeforeExpiry(key, tags)) return;
    await super.set(...args);
  }
}

module.exports = SharedCacheHandler;
