import { describe, expect, it } from 'vitest';
import { parsePageParam, splitPaging } from './translate-error';

// notFound() throws Next's own error; what matters here is that it is thrown.
const isNotFound = (fn: () => unknown) => expect(fn).toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);

describe('parsePageParam', () => {
  it('accepts page numbers from 2', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('417')).toBe(417);
  });

  it.each(['1', '0', '-1', 'abc', '2.5', '02', '', '9999999', '1e3'])('answers 404 for %j', (value) => {
    isNotFound(() => parsePageParam(value));
  });
});

describe('splitPaging', () => {
  it('takes a trailing page/N off an archive path', () => {
    expect(splitPaging(['science', 'climate', 'page', '2'])).toEqual({
      segments: ['science', 'climate'],
      page: 2,
    });
    expect(splitPaging(['science', 'climate'])).toEqual({ segments: ['science', 'climate'], page: 1 });
  });

  it('treats a category called "page" as a category', () => {
    expect(splitPaging(['page'])).toEqual({ segments: ['page'], page: 1 });
  });

  it('answers 404 for a bad page number', () => {
    isNotFound(() => splitPaging(['news', 'page', 'x']));
  });
});
