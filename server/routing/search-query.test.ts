import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH, searchQuery } from './search-query';

describe('searchQuery', () => {
  it('is null when the request is not a search', () => {
    expect(searchQuery({})).toBeNull();
  });

  it('keeps an empty search a search, as WordPress does', () => {
    expect(searchQuery({ s: '' })).toBe('');
  });

  it('tidies whitespace, takes the first of repeated params, and caps the length', () => {
    expect(searchQuery({ s: '  tidal   power ' })).toBe('tidal power');
    expect(searchQuery({ s: ['first', 'second'] })).toBe('first');
    expect(searchQuery({ s: 'x'.repeat(10_000) })).toHaveLength(MAX_SEARCH_LENGTH);
  });
});

describe('searchPathQuery', () => {
  it('reads /search/{terms}/ as WordPress writes it, plus signs as spaces', async () => {
    const { searchPathQuery } = await import('./search-query');
    expect(searchPathQuery(['tidal+power'])).toBe('tidal power');
    expect(searchPathQuery(['caf%C3%A9'])).toBe('café');
    expect(searchPathQuery(['%E0%A4%A'])).toBe('%E0%A4%A');
    expect(searchPathQuery(['x'.repeat(10_000)])).toHaveLength(200);
  });
});
