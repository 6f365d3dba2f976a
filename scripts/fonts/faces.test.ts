import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webFontClass, webFonts } from '@/components/web-fonts/shipped-fonts';
import { faceCss, faceCssFile, parseFaces } from './faces';

describe('web font faces', () => {
  it('are current: the checked-in CSS is what the generator makes (npm run fonts:faces)', async () => {
    expect(readFileSync(faceCssFile, 'utf8')).toBe(await faceCss());
  });

  it('give every script subset its own range, and point at files that exist', () => {
    const css = readFileSync(faceCssFile, 'utf8');
    const faces = parseFaces(
      // The generated rules in the packages' shape, to read them back with the same parser.
      css.replace(/url\('[^']*\/([^'/]+)'\)\s*format\('woff2'\)/g, 'url(./files/$1)'),
    );
    const names = faces.map((f) => f.name);
    for (const subset of ['latin', 'latin-ext', 'cyrillic', 'greek', 'vietnamese'])
      expect(names).toContain(`inter-${subset}-wght-400-900-normal`);
    expect(names).toContain('source-serif-4-latin-ext-wght-200-900-italic'); // shipped whole
    // Latin is its own subset: an English page needs no other file.
    const latin = faces.find((f) => f.name === 'inter-latin-wght-400-900-normal');
    expect(latin?.unicodeRange).toMatch(/^U\+0000-00FF/);
    expect(faces.find((f) => f.name === 'inter-latin-ext-wght-400-900-normal')?.unicodeRange).toContain(
      'U+0100-02BA',
    );
    // The themes' weights in our files; the light ones, for the text that asks, in the package's.
    expect(latin?.weight).toBe('400 900');
    expect(css).toContain("src: url('./fonts/inter-latin-wght-400-900-normal.woff2')");
    const light = faces.find((f) => f.name === 'inter-latin-wght-100-399-normal');
    expect(light?.weight).toBe('100 399');
    expect(light?.file).toBe('inter-latin-wght-normal.woff2');
    const urls = [...css.matchAll(/url\('([^']+)'\)/g)].map((match) => match[1] ?? '');
    expect(urls).toHaveLength(faces.length);
    for (const url of urls) expect(existsSync(path.join(path.dirname(faceCssFile), url)), url).toBe(true);
    expect(css.match(/font-display: optional;/g)).toHaveLength(faces.length);
    expect(css).not.toContain('font-display: swap');
  });

  it('start every stack with its sized fallbacks, and with the web font only under its class', () => {
    const css = readFileSync(faceCssFile, 'utf8');
    const fallbacks = readFileSync(path.join(path.dirname(faceCssFile), 'font-fallbacks.css'), 'utf8');
    for (const font of Object.values(webFonts)) {
      const root = /:root \{([^}]*)\}/.exec(css)?.[1] ?? '';
      expect(root).toContain(`${font.variable}: var(${font.variable}-fallbacks);`);
      expect(fallbacks).toContain(`${font.variable}-fallbacks:`);
      expect(css).toContain(`:root.${webFontClass(font)} {\n  ${font.variable}: '${font.family}';\n}`);
    }
  });
});
