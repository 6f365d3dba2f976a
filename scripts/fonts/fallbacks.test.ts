import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fallbackCss, fallbackCssFile, overrides } from './fallbacks';

describe('font fallbacks', () => {
  it('are current: the checked-in CSS is what the generator makes (npm run fonts:fallbacks)', async () => {
    expect(readFileSync(fallbackCssFile, 'utf8')).toBe(await fallbackCss());
  });

  it('scale a fallback to the web font’s average width and give it the font’s vertical metrics', () => {
    // Inter over Arial (capsize's metrics): next/font's own numbers for this pair.
    const inter = { ascent: 1984, descent: -494, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 978 };
    const arial = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };
    expect(overrides(inter, arial)).toEqual({
      sizeAdjust: '107.1194%',
      ascent: '90.4365%',
      descent: '22.518%',
      lineGap: '0%',
    });
  });

  it('cover the platforms readers use, in every stack a theme can name', () => {
    const css = readFileSync(fallbackCssFile, 'utf8');
    for (const local of [
      'Arial',
      'Liberation Sans',
      'Roboto',
      'Helvetica',
      'DejaVu Sans',
      'Times New Roman',
      'Georgia',
      'DejaVu Serif',
    ])
      expect(css).toContain(`local('${local}')`);
    expect(css).toMatch(/--font-inter-fallbacks:/);
    expect(css).toMatch(/--font-source-serif-fallbacks:/);
  });
});
