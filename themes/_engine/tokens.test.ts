import { describe, expect, it } from 'vitest';
import { baseTokens } from '../base';
import { AA_TEXT_PAIRS, contrastRatio } from './contrast';
import { themes } from './registry';
import { mergeTokens, tokensToCss } from './tokens';

// WCAG 2.2 AA: 4.5:1 for text (AA_TEXT_PAIRS), 3:1 for focus indicators and other non-text contrast.

describe.each(Object.values(themes))('theme "$name" tokens', (theme) => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(AA_TEXT_PAIRS)(`${scheme}: %s on %s meets AA for text`, (fg, bg) => {
      const ratio = contrastRatio(theme.tokens.color[fg][scheme], theme.tokens.color[bg][scheme]);
      expect(ratio, `${theme.name} ${scheme} ${fg}/${bg} = ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
    });

    it(`${scheme}: the focus ring stands out from the background`, () => {
      const { focus, bg } = theme.tokens.color;
      expect(contrastRatio(focus[scheme], bg[scheme])).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('tokensToCss', () => {
  it('scopes one rule to the theme and pairs colours with light-dark()', () => {
    const css = tokensToCss('demo', baseTokens);
    expect(css.startsWith('[data-theme="demo"]{')).toBe(true);
    expect(css).toContain('--pf-accent-fg:light-dark(#ffffff,#111318)');
    expect(css).toContain('--pf-text-h1:clamp(2rem, 1.4rem + 2.6vw, 3.25rem)');
    expect(css).toContain('--pf-width-figure:42rem');
    expect(css).toContain('--pf-caption-variant:normal');
    expect(css.match(/[{}]/g)).toHaveLength(2);
  });
});

describe('mergeTokens', () => {
  it('overrides one scheme of one colour and keeps the rest', () => {
    const merged = mergeTokens(baseTokens, { color: { accent: { light: '#000000' } } } as never);
    expect(merged.color.accent).toEqual({ light: '#000000', dark: baseTokens.color.accent.dark });
    expect(merged.color.bg).toEqual(baseTokens.color.bg);
    expect(baseTokens.color.accent.light).not.toBe('#000000');
  });
});
