import { getConfig } from '@/lib/config';
import { connectedSoon, redisConnection, TIMEOUT_MS } from './redis-connection.cjs';
import { processSingleton } from '@/lib/util/process-singleton.cjs';

// What the workers of one site must agree on beyond the data cache, in the Redis that holds it
// (PRESSFRONT_REDIS_URL): how far into the companion plugin's change log the shared cache is
// (a worker started on a new host catches up from there instead of expiring everything — which
// would empty the shared cache and purge the whole edge), and which signed messages were already
// accepted (the same message at another worker does nothing there), and the rate limits' counts
// (server/rate-limit: a limit is the site's, not each worker's).
//
// Redis is never a dependency: every call answers `undefined` when there is no Redis, or it does
// not answer within a moment, and the caller keeps to what it knows alone (its seq file, its own
// memory of signatures).

/** The commands used, as the client offers them (a fake in unit tests). */
export interface SharedStateClient {
  get(key: string): Promise<string | null>;
  set(
    key: string,
    value: string,
    options: { condition: 'NX'; expiration: { type: 'EX'; value: number } },
  ): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

// Moves the position forward only: two workers applying messages out of order must not take it back.
const ADVANCE = `local current = tonumber(redis.call('GET', KEYS[1]) or '-1')
if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1]) return 1 end
return 0`;

export class SharedState {
  constructor(private readonly client: () => Promise<SharedStateClient | null>) {}

  /** The change-log position the shared cache is at for this WordPress; null: none yet. */
  async readSeq(wordpressUrl: string): Promise<number | null | undefined> {
    const value = await this.call((c) => c.get(seqKey(wordpressUrl)));
    if (value === undefined || value === null) return value;
    const seq = Number(value);
    return Number.isInteger(seq) && seq >= 0 ? seq : null;
  }

  /** Records that the shared cache has applied the log up to `seq` (never moves it back). */
  async advanceSeq(seq: number, wordpressUrl: string): Promise<void> {
    await this.call((c) => c.eval(ADVANCE, { keys: [seqKey(wordpressUrl)], arguments: [String(seq)] }));
  }

  /** True if no worker accepted this signature before; false if one did; undefined: cannot tell. */
  async claimSignature(signature: string, ttlSeconds: number): Promise<boolean | undefined> {
    const answer = await this.call((c) =>
      c.set(`pressfront:signature:${signature}`, '1', {
        condition: 'NX',
        expiration: { type: 'EX', value: Math.max(1, Math.ceil(ttlSeconds)) },
      }),
    );
    return answer === undefined ? undefined : answer !== null;
  }

  /**
   * Counts a hit on `key` in a sliding window every worker shares: milliseconds to wait when over
   * `limit`, else 0; undefined: cannot tell (no Redis, or it did not answer).
   */
  async slidingWindowHit(
    key: string,
    hit: { now: number; windowMs: number; limit: number; id: string; countRefused: boolean },
  ): Promise<number | undefined> {
    const answer = await this.call((c) =>
      c.eval(SLIDING_WINDOW, {
        keys: [`pressfront:rate:${key}`],
        arguments: [
          String(hit.now),
          String(hit.windowMs),
          String(hit.limit),
          hit.id,
          hit.countRefused ? '1' : '0',
        ],
      }),
    );
    return typeof answer === 'number' ? Math.max(0, answer) : undefined;
  }

  /**
   * Takes one of `limit` places every worker shares under `key`, held until given back or until
   * `leaseMs` has passed (a worker that died holding one frees it then): true when taken, false when
   * all are held; undefined: cannot tell (no Redis, or it did not answer).
   */
  async takePlace(
    key: string,
    place: { id: string; limit: number; now: number; leaseMs: number },
  ): Promise<boolean | undefined> {
    const answer = await this.call((c) =>
      c.eval(TAKE_PLACE, {
        keys: [`pressfront:places:${key}`],
        arguments: [String(place.now), String(place.leaseMs), String(place.limit), place.id],
      }),
    );
    return typeof answer === 'number' ? answer === 1 : undefined;
  }

  /** Gives back a place `takePlace` took. */
  async givePlace(key: string, id: string): Promise<void> {
    await this.call((c) => c.eval(GIVE_PLACE, { keys: [`pressfront:places:${key}`], arguments: [id] }));
  }

  private async call<T>(command: (client: SharedStateClient) => Promise<T>): Promise<T | undefined> {
    const client = await this.client();
    if (!client) return undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        command(client),
        new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), TIMEOUT_MS);
        }),
      ]);
    } catch {
      // Said once by the client's error handler; the caller falls back to what it knows alone.
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}

// A sliding window of hits per key, in a sorted set scored by time: drop what left the window,
// count, add this hit (unless it is refused and refused hits do not count), and when over the
// limit answer how long until enough hits leave for one more to fit — all in one step, so two
// workers counting at once cannot both take the last place.
// ARGV: now (ms), window (ms), limit, a member unique to this hit, "1" when refused hits count.
const SLIDING_WINDOW = `redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
local count = redis.call('ZCARD', KEYS[1])
local limit = tonumber(ARGV[3])
local allowed = count < limit
if allowed or ARGV[5] == '1' then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if allowed then return 0 end
local hits = count
if ARGV[5] == '1' then hits = count + 1 end
local blocking = redis.call('ZRANGE', KEYS[1], hits - limit, hits - limit, 'WITHSCORES')
return tonumber(blocking[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])`;

// Places held by every worker, in a sorted set scored by when each lease ends: drop the leases that
// ended, and take a place when fewer than the limit are held — in one step, so two workers asking at
// once cannot both take the last one.
// ARGV: now (ms), lease (ms), limit, a member unique to this place.
const TAKE_PLACE = `redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) + tonumber(ARGV[2]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

const GIVE_PLACE = `redis.call('ZREM', KEYS[1], ARGV[1])
return 1`;

const seqKey = (wordpressUrl: string) => `pressfront:change-seq:${wordpressUrl}`;

/** The process's shared state: connected to PRESSFRONT_REDIS_URL on first use, or answering nothing. */
export function sharedState(): SharedState {
  return processSingleton('shared-state', () => new SharedState(lazyClient()));
}

/**
 * The worker's Redis connection (shared with the data cache, server/redis/redis-connection.cjs): the
 * first call waits a moment for it (a worker's start-up catch-up needs the shared position), later
 * calls find it ready or get null at once. Its outages are logged once, by the data cache.
 */
function lazyClient(): () => Promise<SharedStateClient | null> {
  return async () => {
    const url = getConfig().redisUrl;
    if (!url) return null;
    const { client, connected } = redisConnection(url);
    await connectedSoon(connected);
    return client.isReady ? (client as unknown as SharedStateClient) : null;
  };
}
