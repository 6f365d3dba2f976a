/**
 * The last good answer per shared WordPress read, in this server process: what readers get when
 * WordPress fails. Bounded by count, least recently used first out.
 */
export class LastGood<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly capacity = 500) {}

  remember(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  recall(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.remember(key, value);
    return value;
  }
}
