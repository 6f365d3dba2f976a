import { describe, expect, it } from 'vitest';
import { textDirection } from './direction';

describe('textDirection', () => {
  it('is right to left for Arabic, Hebrew and Persian sites, whatever the region', () => {
    for (const language of ['ar', 'ar-EG', 'he-IL', 'fa_IR', 'ur'])
      expect(textDirection(language)).toBe('rtl');
  });
  it('is left to right otherwise', () => {
    for (const language of ['en-US', 'pt-PT', 'ja', 'hi-IN', 'ru', ''])
      expect(textDirection(language)).toBe('ltr');
  });
});
