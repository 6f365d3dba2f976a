import { describe, expect, it } from 'vitest';
import { PageStore, type StoredPage } from './store';

const page = (tags: string[] | null, bytes = 10, storedAt = 1_000): StoredPage => ({
  status: 200,
  headers: [['content-type', 'text/html']],
  body: new Uint8Array(bytes),
  storedAt,
  tags: tags && new Set(tags),
});

describe('PageStore', () => {
  it('serves a page until it is as old as allowed', () => {
    const store = new PageStore();
    store.set('h/a/', page(['post:1']));
    expect(store.get('h/a/', 500, 1_499)).toBeDefined();
    expect(store.get('h/a/', 500, 1_500)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('drops exactly the pages that read an expired tag, and those whose reads are unknown', () => {
    const store = new PageStore();
    store.set('h/a/', page(['post:1', 'site']));
    store.set('h/b/', page(['post:2', 'site']));
    store.set('h/c/', page(null));
    expect(store.expire(['post:1'])).toBe(2);
    expect(store.get('h/b/', 1e9, 1_000)).toBeDefined();
    expect(store.get('h/a/', 1e9, 1_000)).toBeUndefined();
    expect(store.expire(['site'])).toBe(1);
    expect(store.size).toBe(0);
  });

  it('stays within its bounds, forgetting the least recently used first', () => {
    const store = new PageStore();
    for (let i = 0; i < 1_005; i++) store.set(`h/${i}/`, page([], 1_000));
    expect(store.size).toBe(1_000);
    expect(store.get('h/0/', 1e9, 1_000)).toBeUndefined();
    expect(store.totalBytes).toBe(1_000_000);
    store.set('h/big/', page([], 20 * 1024 * 1024));
    expect(store.get('h/big/', 1e9, 1_000)).toBeUndefined();
  });
});
