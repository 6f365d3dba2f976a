/**
 * A Map that cannot grow without limit: at most `maxEntries` entries (and, given `weigh`, at most
 * `maxWeight` in total), the least recently used going first. Every in-process memory the server
 * keeps per key — last good answers, kept pages, seen signatures, attempt counts, open renders —
 * is one of these, so none can be grown by a flood of distinct keys.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly options: {
      maxEntries: number;
      /** What one value weighs (e.g. its bytes); with `maxWeight`, bounds the total too. */
      weigh?: (value: V) => number;
      maxWeight?: number;
    },
  ) {}

  /** The value, marked as just used. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** The value, its place in line unchanged. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Stores `value` as the most recently used, then drops the least recently used while over a bound. */
  set(key: K, value: V): this {
    this.delete(key);
    this.entries.set(key, value);
    this.weight += this.options.weigh?.(value) ?? 0;
    const maxWeight = this.options.maxWeight ?? Infinity;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.weight <= maxWeight) break;
      this.delete(oldest);
    }
    return this;
  }

  delete(key: K): boolean {
    if (!this.entries.has(key)) return false;
    this.weight -= this.options.weigh?.(this.entries.get(key) as V) ?? 0;
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The sum of every value's weight (0 without `weigh`). */
  get totalWeight(): number {
    return this.weight;
  }

  /** Oldest (least recently used) first; deleting while iterating is safe. */
  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries.entries();
  }
}
