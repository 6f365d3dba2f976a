import { describe, expect, it } from 'vitest';
import { createHeadingIds } from './heading-ids';

describe('createHeadingIds', () => {
  it('slugifies, strips accents, and numbers repeats', () => {
    const next = createHeadingIds();
    expect(next('What it means for the coast')).toBe('what-it-means-for-the-coast');
    expect(next('What it means for the coast')).toBe('what-it-means-for-the-coast-2');
    expect(next('Zürich’s trams: on time!')).toBe('zurich-s-trams-on-time');
  });

  it('falls back for headings with no letters, and avoids reserved ids', () => {
    const next = createHeadingIds(['main']);
    expect(next('🍿')).toBe('section');
    expect(next('Main')).toBe('main-2');
  });
});
