import { BoundedMap } from '../util/bounded-map';

/**
 * The last good answer per shared WordPress read, in this server process: what readers get when
 * WordPress fails. Bounded by count, least recently used first out.
 */
export class LastGood<T> {
  private readonly entries: BoundedMap<string, T>;
  constructor(capacity = 500) {
    this.entries = new BoundedMap({ maxEntries: capacity });
  }

  remember(key: string, value: T): void {
    this.entries.set(key, value);
  }

  recall(key: string): T | undefined {
    return this.entries.get(key);
  }
}
