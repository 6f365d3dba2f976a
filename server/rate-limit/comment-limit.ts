// WordPress skips its comment-flood check for administrators, and the frontend posts comments
// with an administrator's Application Password: the flood check is ours to make, per reader.

import { BoundedMap } from '@/lib/util/bounded-map';

const WINDOW_MS = 60_000;
const MAX_PER_WINDOW = 5;
const MAX_KEYS = 10_000;

// Bounded memory: the least recently seen readers are forgotten first.
const recent = new BoundedMap<string, number[]>({ maxEntries: MAX_KEYS });

/** Whether `key` (a reader's address) may post another comment now; counts it when it may. */
export function allowComment(key: string, now = Date.now()): boolean {
  const times = (recent.peek(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (times.length >= MAX_PER_WINDOW) {
    recent.set(key, times);
    return false;
  }
  times.push(now);
  recent.set(key, times);
  return true;
}
