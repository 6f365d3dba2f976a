import { describe, expect, it } from 'vitest';
import { loadFixture } from './__fixtures__/load';
import { pageInfoFromHeaders } from './pagination';

const headersOf = (name: string) => {
  const headers = new Headers();
  for (const [k, v] of Object.entries(loadFixture(name).headers)) if (v !== null) headers.set(k, v);
  return headers;
};

describe('pageInfoFromHeaders', () => {
  it('reads the recorded totals of page 1', () => {
    expect(pageInfoFromHeaders(headersOf('posts-page-1'), 1, 10)).toEqual({
      page: 1,
      perPage: 10,
      total: 26,
      totalPages: 3,
      hasPrevious: false,
      hasNext: true,
    });
  });

  it('knows the last page has no next', () => {
    const info = pageInfoFromHeaders(headersOf('posts-page-1'), 3, 10);
    expect(info.hasNext).toBe(false);
    expect(info.hasPrevious).toBe(true);
  });

  it('treats missing or garbage headers as zero pages', () => {
    const headers = new Headers({ 'X-WP-Total': 'lots' });
    expect(pageInfoFromHeaders(headers, 1, 10)).toMatchObject({ total: 0, totalPages: 0, hasNext: false });
  });
});
