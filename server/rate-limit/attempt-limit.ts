// Per-reader and per-address limits for providers that keep no list of their own (the webhook
// provider). With the WordPress provider the plugin counts attempts itself, so every frontend
// instance shares one count and a restart forgets nothing.

import { BoundedMap } from '@/lib/util/bounded-map';

const WINDOW_MS = 60 * 60 * 1000;
const MAX_KEYS = 10_000;

export class AttemptLimit {
  // Bounded memory: the least recently seen keys are forgotten first.
  private readonly attempts = new BoundedMap<string, number[]>({ maxEntries: MAX_KEYS });

  constructor(private readonly maxPerHour: number) {}

  /** Counts one attempt for `key`; returns seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const times = (this.attempts.peek(key) ?? []).filter((t) => now - t < WINDOW_MS);
    times.push(now);
    this.attempts.set(key, times);
    if (times.length <= this.maxPerHour) return 0;
    const oldestInWindow = times[times.length - 1 - this.maxPerHour] ?? now;
    return Math.max(1, Math.ceil((oldestInWindow + WINDOW_MS - now) / 1000));
  }

  get size(): number {
    return this.attempts.size;
  }
}
