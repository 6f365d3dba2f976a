// @ts-check
// A worker's one connection to the Redis its workers share (PRESSFRONT_REDIS_URL), for the data
// cache handler (shared-cache-handler.cjs) and the workers' shared state (shared-state.ts): one
// connection and one set of options per process — and one log line when Redis goes, which
// resilient-redis.cjs writes for the data cache. Kept on globalThis: Next.js loads the handler by
// path and bundles the routes apart, so this module may be loaded twice in one process.
//
// CommonJS because the cache handler, loaded outside Next's bundles, requires it.

const { createClient } = require('@redis/client');
const { processSingleton } = require('../../lib/util/process-singleton.cjs');

/** A Redis answer slower than this is a Redis outage, not a slow page. */
const TIMEOUT_MS = 500;

/**
 * The process's client for `url`, connecting since its first use, and whether that first
 * connection succeeded (it keeps retrying in the background when Redis is down).
 * @param {string} url
 * @returns {{ client: import('@redis/client').RedisClientType, connected: Promise<boolean> }}
 */
function redisConnection(url) {
  return processSingleton('redis-connection', () => {
    const client = /** @type {import('@redis/client').RedisClientType} */ (
      createClient({
        url,
        // Commands fail at once while disconnected (callers fall back to what they know alone)
        // rather than queueing behind a reconnection that may take minutes.
        disableOfflineQueue: true,
        socket: {
          connectTimeout: TIMEOUT_MS * 2,
          reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
        },
      })
    );
    // An 'error' event without a listener would end the process; resilient-redis.cjs reports them.
    client.on('error', () => {});
    const connected = client.connect().then(
      () => true,
      () => false,
    );
    return { client, connected };
  });
}

/**
 * Whether the connection is up, waiting a moment at most for the first one: a worker starts on
 * its own memory and moves to Redis when it answers.
 * @param {Promise<boolean>} connected
 */
function connectedSoon(connected) {
  return Promise.race([
    connected,
    new Promise((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS * 2).unref()),
  ]);
}

module.exports = { redisConnection, connectedSoon, TIMEOUT_MS };
