import { randomUUID } from 'node:crypto';
import { BoundedMap } from '@/lib/util/bounded-map';
import { type SharedState, sharedState } from '../redis/shared-state';

// The one rate limiter: a sliding window of hits per key (a reader's address, an email address).
// Where the stack runs with Redis (PRESSFRONT_REDIS_URL) the count is the site's, shared by every
// worker behind Varnish — otherwise a limit would multiply by the number of workers; without Redis,
// or while it does not answer, each process counts alone, in bounded memory.

export interface RateLimitRule {
  /** Names the limit's keys in Redis ("comments", "subscribe-address"): limits never share counts. */
  name: string;
  limit: number;
  windowMs: number;
  /**
   * Whether a refused hit counts too. Yes for attempts at something guarded (a sign-up: whoever keeps
   * trying keeps waiting); no for a pace (comments: a reader told to wait may post once the minute
   * has passed).
   */
  countRefused: boolean;
}

/** Keys remembered per process at most: the least recently seen are forgotten first. */
const MAX_LOCAL_KEYS = 10_000;

export class RateLimit {
  private readonly local = new BoundedMap<string, number[]>({ maxEntries: MAX_LOCAL_KEYS });

  constructor(
    private readonly rule: RateLimitRule,
    private readonly shared: () => SharedState = sharedState,
  ) {}

  /** Counts one hit for `key`: seconds to wait when it is over the limit, else 0. */
  async hit(key: string, now = Date.now()): Promise<number> {
    const { name, limit, windowMs, countRefused } = this.rule;
    const waitMs =
      (await this.shared().slidingWindowHit(`${name}:${key}`, {
        now,
        windowMs,
        limit,
        id: `${now}:${randomUUID()}`,
        countRefused,
      })) ?? this.hitLocally(key, now);
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  /** Keys this process counts alone (its memory is bounded). */
  get localKeys(): number {
    return this.local.size;
  }

  /** The same window as the Redis script's, in this process's memory: milliseconds to wait, or 0. */
  private hitLocally(key: string, now: number): number {
    const { limit, windowMs, countRefused } = this.rule;
    const times = (this.local.peek(key) ?? []).filter((t) => now - t < windowMs);
    const allowed = times.length < limit;
    if (allowed || countRefused) times.push(now);
    this.local.set(key, times);
    if (allowed) return 0;
    // The hit that must leave the window for one more to fit.
    const hits = countRefused ? times.length : times.length + 1;
    const blocking = times[hits - 1 - limit] ?? now;
    return Math.max(1, blocking + windowMs - now);
  }
}
