// WordPress skips its comment-flood check for administrators, and the frontend posts comments
// with an administrator's Application Password: the flood check is ours to make, per reader.

const WINDOW_MS = 60_000;
const MAX_PER_WINDOW = 5;
const MAX_KEYS = 10_000;

const recent = new Map<string, number[]>();

/** Whether `key` (a reader's address) may post another comment now; counts it when it may. */
export function allowComment(key: string, now = Date.now()): boolean {
  const times = (recent.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (times.length >= MAX_PER_WINDOW) {
    recent.set(key, times);
    return false;
  }
  times.push(now);
  recent.set(key, times);
  // Bounded memory: forget the oldest readers first (Map keeps insertion order).
  if (recent.size > MAX_KEYS) {
    const oldest = recent.keys().next().value;
    if (oldest !== undefined) recent.delete(oldest);
  }
  return true;
}
