import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map';

describe('BoundedMap', () => {
  it('keeps at most maxEntries, dropping the least recently used', () => {
    const map = new BoundedMap<string, number>({ maxEntries: 2 });
    map.set('a', 1).set('b', 2);
    expect(map.get('a')).toBe(1); // a is now the most recently used
    map.set('c', 3);
    expect([...map].map(([key]) => key)).toEqual(['a', 'c']);
    expect(map.has('b')).toBe(false);
  });

  it('peek reads without changing who goes next', () => {
    const map = new BoundedMap<string, number>({ maxEntries: 2 });
    map.set('a', 1).set('b', 2);
    expect(map.peek('a')).toBe(1);
    map.set('c', 3);
    expect(map.has('a')).toBe(false);
  });

  it('bounds the total weight too, and keeps count of it', () => {
    const map = new BoundedMap<string, string>({ maxEntries: 10, weigh: (v) => v.length, maxWeight: 5 });
    map.set('a', 'xx').set('b', 'yy');
    expect(map.totalWeight).toBe(4);
    map.set('c', 'zzz');
    expect([...map].map(([key]) => key)).toEqual(['b', 'c']);
    expect(map.totalWeight).toBe(5);
    map.set('b', 'y');
    expect(map.totalWeight).toBe(4);
    map.delete('c');
    expect(map.totalWeight).toBe(1);
    map.clear();
    expect([map.size, map.totalWeight]).toEqual([0, 0]);
  });

  it('a flood of distinct keys cannot grow it', () => {
    const map = new BoundedMap<number, number>({ maxEntries: 100 });
    for (let i = 0; i < 100_000; i++) map.set(i, i);
    expect(map.size).toBe(100);
    expect(map.peek(99_999)).toBe(99_999);
  });
});
