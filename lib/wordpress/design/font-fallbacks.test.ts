import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCss } from './content-css';
import { designFontFaceCss } from './font-face-css';
import {
  unsizedFamilies,
  withFallbackNames,
  withFontFallbacks,
  type ReadFontMetrics,
} from './font-fallbacks';
import { reshapeDesign } from './reshape';
import { wpDesign } from './schema';

// Sized fallbacks for the design's fonts, on designs recorded from WordPress: the metrics reader
// stands in for the files (read-font-metrics.ts fetches them; e2e site-design loads them for real).

const ORIGIN = 'http://127.0.0.1:8790';
const recorded = (name: string) =>
  reshapeDesign(
    wpDesign.parse(
      (
        JSON.parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.json`), 'utf8')) as {
          body: unknown;
        }
      ).body,
    ),
    ORIGIN,
  ).design;

// Manrope's and Fira Code's metrics as @capsizecss/unpack reads Twenty Twenty-Five's files.
const MANROPE = { ascent: 2132, descent: -600, lineGap: 0, unitsPerEm: 2000, xWidthAvg: 887 };
const FIRA = { ascent: 1980, descent: -644, lineGap: 0, unitsPerEm: 2000, xWidthAvg: 1200 };
const files: ReadFontMetrics = async (url) =>
  url.includes('/manrope/') ? MANROPE : url.includes('/fira-code/') ? FIRA : null;

describe('sized fallbacks for the design’s fonts', () => {
  it('name them after each font in its stacks, of the kind the stack falls back to', async () => {
    const read: string[] = [];
    const design = await withFontFallbacks(recorded('design-twentytwentyfive-wp6.8'), async (url) => {
      read.push(url);
      return files(url);
    });
    // One file per family: the regular face's.
    expect(read).toEqual([
      `${ORIGIN}/wp-content/themes/twentytwentyfive/assets/fonts/manrope/Manrope-VariableFont_wght.woff2`,
      `${ORIGIN}/wp-content/themes/twentytwentyfive/assets/fonts/fira-code/FiraCode-VariableFont_wght.woff2`,
    ]);
    expect(design.root.fontFamily).toBe(
      'Manrope, "Manrope fallback: Arial", "Manrope fallback: Roboto", "Manrope fallback: Helvetica", ' +
        '"Manrope fallback: DejaVu", sans-serif',
    );
    expect(design.fontFamilies.find((f) => f.slug === 'fira-code')?.value).toBe(
      '"Fira Code", "Fira Code fallback: Courier", "Fira Code fallback: Roboto Mono", ' +
        '"Fira Code fallback: DejaVu", monospace',
    );
    // The custom property block content reads (has-fira-code-font-family) says the same.
    const css = contentCss('<p class="has-fira-code-font-family">x</p>', [], design);
    expect(css).toContain('--wp--preset--font-family--fira-code:"Fira Code", "Fira Code fallback: Courier"');
    expect(css).toContain("@font-face{font-family: 'Fira Code fallback: Courier';src: local('Courier New')");
    expect(css).not.toContain('Manrope');
  });

  it('give the site theme’s stack its faces, and only those it names', async () => {
    const design = await withFontFallbacks(recorded('design-twentytwentyfive-wp6.8'), files);
    const css = designFontFaceCss(design, [design.root.fontFamily ?? '']);
    expect(css).toContain('@font-face{font-family:"Manrope";src:url("/api/design-fonts/wp-content/themes/');
    expect(css.match(/font-family: 'Manrope fallback: [^']+'/g)).toEqual([
      "font-family: 'Manrope fallback: Arial'",
      "font-family: 'Manrope fallback: Roboto'",
      "font-family: 'Manrope fallback: Helvetica'",
      "font-family: 'Manrope fallback: DejaVu'",
    ]);
    // Manrope is a shade narrower than Arial on average, and taller: Arial shrunk a little, its line
    // box set to Manrope's (107.15 % above the baseline, 30.16 % below).
    expect(css).toContain(
      "font-family: 'Manrope fallback: Arial';src: local('Arial'), local('ArialMT'), local('Liberation Sans');size-adjust: 99.4839%;ascent-override: 107.153%;descent-override: 30.1556%;",
    );
    expect(css).not.toContain('Fira Code');
  });

  it('leave a family whose file cannot be read as it was, and a design with none untouched', async () => {
    const tt5 = recorded('design-twentytwentyfive-wp6.8');
    const unread = await withFontFallbacks(tt5, async () => null);
    expect(unread).toBe(tt5);
    const half = await withFontFallbacks(tt5, async (url) => (url.includes('/fira-code/') ? FIRA : null));
    expect(half.root.fontFamily).toBe('Manrope, sans-serif');
    expect(half.fontFallbacks.map((f) => f.family)).toEqual(['Fira Code']);
    // What was left unsized, so the design is read again when the file can be.
    expect(unsizedFamilies(half)).toEqual(['Manrope']);
    expect(unsizedFamilies(await withFontFallbacks(tt5, files))).toEqual([]);
    // Twenty Twenty-Three's page font is the system's: nothing to read for it.
    const tt3 = await withFontFallbacks(recorded('design-twentytwentythree-wp6.1'), files);
    expect(tt3.root.fontFamily).toMatch(/^-apple-system,BlinkMacSystemFont,/);
    expect(tt3.root.fontFamily).not.toContain('fallback');
  });

  it('insert the names after the family, quoted or not, wherever the stack lists it', () => {
    expect(withFallbackNames('"DM Sans", sans-serif', 'DM Sans', ['DM Sans fallback: Arial'])).toBe(
      '"DM Sans", "DM Sans fallback: Arial", sans-serif',
    );
    expect(withFallbackNames("Georgia, 'Source Serif Pro', serif", 'source serif pro', ['S: Times'])).toBe(
      'Georgia, \'Source Serif Pro\', "S: Times", serif',
    );
    expect(withFallbackNames('Inter, sans-serif', 'Manrope', ['M: Arial'])).toBe('Inter, sans-serif');
  });
});
