import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { designFontFaceCss } from '@/lib/wordpress/design';
import { reshapeDesign } from '@/lib/wordpress/design/reshape';
import { wpDesign } from '@/lib/wordpress/design/schema';
import { AA_TEXT_PAIRS, contrastRatio } from '../_engine/contrast';
import { themeCss, themeTokens } from '../_engine/theme-css';
import site from '../site';
import { mix, toHex } from '@/lib/colour/hex';
import { tokensFromDesign } from '../site/design-tokens';

// The `site` theme's tokens from designs recorded from the local WordPress: Twenty Twenty-Three as
// shipped and with three of its style variations (lib/wordpress/design/__fixtures__).

const fixtures = path.join(__dirname, '..', '..', 'lib', 'wordpress', 'design', '__fixtures__');
const design = (name: string) =>
  reshapeDesign(
    wpDesign.parse(
      (JSON.parse(readFileSync(path.join(fixtures, `${name}.json`), 'utf8')) as { body: unknown }).body,
    ),
    'http://127.0.0.1:8790',
  ).design;
const tokensFor = (name: string) => themeTokens(site, site.options.defaults, design(name));

// Every recorded design: each WordPress version's default themes, as shipped and with variations.
const designs = readdirSync(fixtures)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

describe.each(designs)('the site theme from %s', (name) => {
  const tokens = tokensFor(name);
  it('takes the design’s own background (its tokens are valid, not the fallback)', () => {
    expect(tokens.color.bg.light).toBe(toHex(design(name).root.background));
  });
  it.each(AA_TEXT_PAIRS)('%s on %s meets AA in both schemes', (fg, bg) => {
    for (const scheme of ['light', 'dark'] as const) {
      expect(contrastRatio(tokens.color[fg][scheme], tokens.color[bg][scheme])).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the site theme follows the design', () => {
  it('takes Twenty Twenty-Three’s colours, fonts and widths', () => {
    const tokens = tokensFor('design-twentytwentythree-wp6.1');
    expect(tokens.color.bg.light).toBe('#ffffff');
    expect(tokens.color.fg.light).toBe('#000000');
    // A light design keeps Pressfront's dark scheme for readers who ask for one.
    expect(tokens.color.bg.dark).toBe(site.tokens.color.bg.dark);
    expect(tokens.font.body).toMatch(/-apple-system/);
    expect(tokens.width).toMatchObject({
      measure: '650px',
      wide: '1200px',
    });
  });

  it('follows a style variation: Aubergine is dark, in both schemes; Canary is yellow with a mono font', () => {
    const aubergine = tokensFor('design-twentytwentythree-aubergine-wp6.1');
    expect(aubergine.color.bg).toEqual({ light: '#1b1031', dark: '#1b1031' });
    expect(aubergine.color.fg.light).toBe('#ffffff');
    expect(aubergine.font.body).toMatch(/DM Sans/);
    const canary = tokensFor('design-twentytwentythree-canary-wp6.1');
    expect(canary.color.bg.light).toBe('#fdff85');
    expect(canary.font.body).toMatch(/IBM Plex Mono/);
  });

  it('takes Twenty Twenty-Five (6.8) and Twenty Twenty-Four as they are, and Twenty Twenty-Five’s dark Evening in both schemes', () => {
    const tt5 = tokensFor('design-twentytwentyfive-wp6.8');
    expect(tt5.color.bg.light).toBe('#ffffff');
    expect(tt5.color.fg.light).toBe('#111111');
    expect(tt5.font.body).toMatch(/Manrope/);
    expect(tt5.width).toMatchObject({ measure: '645px', wide: '1340px' });
    expect(tt5.weight).toEqual({ body: '300', heading: '400' });
    const tt4 = tokensFor('design-twentytwentyfour-wp6.8');
    expect(tt4.color.bg.light).toBe('#f9f9f9');
    expect(tt4.width).toMatchObject({ measure: '620px', wide: '1280px' });
    const evening = tokensFor('design-twentytwentyfive-evening-wp6.8');
    expect(evening.color.bg).toEqual({ light: '#1b1b1b', dark: '#1b1b1b' });
  });

  it('fills buttons as the design’s button element, with its corners; the dark scheme of a light design keeps its own', () => {
    const tt3 = tokensFor('design-twentytwentythree-wp6.1');
    // Twenty Twenty-Three: lime with black text, square.
    expect(tt3.color.button.light).toBe('#9dff20');
    expect(tt3.color.buttonFg.light).toBe('#000000');
    expect(tt3.radius.button).toBe('0');
    expect(tt3.color.button.dark).toBe(site.tokens.color.button.dark);
    // Twenty Twenty-Five: its text colour with the background's, and the Button block's pill.
    const tt5 = tokensFor('design-twentytwentyfive-wp6.8');
    expect([tt5.color.button.light, tt5.color.buttonFg.light]).toEqual([
      tt5.color.fg.light,
      tt5.color.bg.light,
    ]);
    expect(tt5.radius.button).toBe('9999px');
    expect(tokensFor('design-twentytwentyfour-wp6.8').radius.button).toBe('.33rem');
    // And the page's side padding: WordPress's root padding, a spacing preset resolved.
    expect(tt5.space.gutter).toBe(
      design('design-twentytwentyfive-wp6.8').spacing.find((s) => s.slug === '50')?.value,
    );
    expect(tt3.space.gutter).toBe(
      design('design-twentytwentythree-wp6.1').spacing.find((s) => s.slug === '30')?.value,
    );
    // A pair that would not read leaves the accent's.
    const unreadable = design('design-twentytwentythree-wp6.1');
    unreadable.root = { ...unreadable.root, buttonBackground: '#ffffff', buttonText: '#eeeeee' };
    const fallback = tokensFromDesign(unreadable).color;
    expect(fallback?.button).toEqual(fallback?.accent);
  });

  it('loads the design’s own font files for the fonts it uses, and no others', () => {
    const aubergine = design('design-twentytwentythree-aubergine-wp6.1');
    const css = designFontFaceCss(aubergine, [
      tokensFor('design-twentytwentythree-aubergine-wp6.1').font.body,
    ]);
    expect(css).toMatch(
      /^@font-face\{font-family:"DM Sans";src:url\("\/api\/design-fonts\/wp-content\/themes\/twentytwentythree\/assets\/fonts\/dm-sans\/[^"]+\.woff2"\) format\("woff2"\);font-weight:400;font-style:normal;font-display:optional\}/,
    );
    expect(css).not.toContain('IBM Plex');
    expect(themeCss(site, site.options.defaults, aubergine)).toContain('--pf-bg:light-dark(#1b1031,#1b1031)');
  });

  it('keeps the theme’s own colours when the design’s text does not read on its background', () => {
    const washedOut = design('design-twentytwentythree-wp6.1');
    washedOut.root = { ...washedOut.root, background: '#ffffff', text: '#eeeeee' };
    expect(tokensFromDesign(washedOut).color).toBeUndefined();
    expect(themeCss(site, site.options.defaults, washedOut)).toContain(
      `--pf-bg:light-dark(${site.tokens.color.bg.light}`,
    );
  });

  it('reads hex and rgb() colours and mixes them', () => {
    expect(toHex('#FFF')).toBe('#ffffff');
    expect(toHex('#1B1031cc')).toBe('#1b1031');
    expect(toHex('rgb(255, 0, 10)')).toBe('#ff000a');
    expect(toHex('rgba(0 0 0 / 50%)')).toBe('#000000');
    expect(toHex('oklch(0.5 0.1 20)')).toBeNull();
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});
