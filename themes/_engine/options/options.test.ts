import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../contrast';
import { defineTheme } from '../define-theme';
import { themes } from '../registry';
import { tokensToCss } from '../tokens';
import { applyOptions } from './apply';
import { accentContrastProblem } from './contrast-guard';
import { type FontPairingName, fontPairings } from './font-pairings';

// Every installed theme, found by the registry: none is named here.
const installed = Object.values(themes);

/** Values other than the defaults for every option a theme offers, all valid. */
function nonDefaults(theme: (typeof installed)[number]) {
  const d = theme.options.defaults;
  const other = (name: 'fontPairing' | 'layout') => {
    const field = theme.options.fields.find((f) => f.name === name);
    const choices = field?.kind === 'choice' ? field.choices.map((c) => c.value) : [];
    return choices.find((c) => c !== d[name]) ?? d[name];
  };
  return {
    accent: theme.tokens.color.fg.light,
    accentDark: theme.tokens.color.fg.dark,
    fontPairing: other('fontPairing') as FontPairingName,
    layout: other('layout'),
    showAuthor: !d.showAuthor,
    showDate: !d.showDate,
    showReadingTime: !d.showReadingTime,
    showSubscribeCta: !d.showSubscribeCta,
    ctaText: 'Get the week’s stories by mail',
  };
}

describe.each(installed)('theme "$name" options', (theme) => {
  // A theme made from the site's design takes its colours and fonts from there, not from options.
  const designOwned = theme.fromDesign !== undefined;

  it('declares every option with a label, help and a default that is valid', () => {
    const all = [
      'accent',
      'accentDark',
      'ctaText',
      'fontPairing',
      'layout',
      'showAuthor',
      'showDate',
      'showReadingTime',
      'showSubscribeCta',
    ];
    expect(theme.options.fields.map((f) => f.name).sort()).toEqual(
      designOwned ? all.filter((name) => !['accent', 'accentDark', 'fontPairing'].includes(name)) : all,
    );
    for (const field of theme.options.fields) {
      expect(field.label, field.name).not.toBe('');
      expect(field.help, field.name).not.toBe('');
    }
    expect(theme.options.validate({})).toEqual({ ok: true, values: theme.options.defaults });
  });

  it('renders exactly as designed with nothing customised', () => {
    expect(tokensToCss(theme.name, applyOptions(theme.tokens, theme.options, theme.options.defaults))).toBe(
      tokensToCss(theme.name, theme.tokens),
    );
  });

  it('offers a second layout and a second font pairing (the site’s design, its fonts)', () => {
    const values = nonDefaults(theme);
    expect(values.layout).not.toBe(theme.options.defaults.layout);
    if (designOwned) expect(theme.options.fields.some((f) => f.name === 'fontPairing')).toBe(false);
    else expect(values.fontPairing).not.toBe(theme.options.defaults.fontPairing);
  });

  it('accepts other valid values and applies them to the tokens', () => {
    const values = nonDefaults(theme);
    const check = theme.options.validate(values);
    expect(check).toEqual({ ok: true, values });
    const tokens = applyOptions(theme.tokens, theme.options, values);
    expect(tokens.color.accent).toEqual({ light: values.accent, dark: values.accentDark });
    expect(tokens.font.display).toBe(fontPairings[values.fontPairing as keyof typeof fontPairings].display);
    // Buttons filled with the new accent keep readable text.
    for (const scheme of ['light', 'dark'] as const) {
      expect(
        contrastRatio(tokens.color.accentFg[scheme], tokens.color.accent[scheme]),
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('refuses an accent without AA contrast on its background, in either scheme, with the ratio', () => {
    const pale = theme.options.validate({ accent: theme.tokens.color.bg.light });
    expect(pale.ok).toBe(false);
    if (!pale.ok)
      expect(pale.errors.accent).toMatch(
        /^Accent colour: #[0-9a-f]{6} has a contrast of 1\.00:1 against the light scheme's background/,
      );
    const dark = theme.options.validate({ accentDark: theme.tokens.color.bg.dark });
    expect(dark.ok).toBe(false);
    if (!dark.ok)
      expect(dark.errors.accentDark).toMatch(
        /1\.00:1 against the dark scheme's background .*needs at least 4\.5:1/,
      );
  });

  it('reads garbage stored in WordPress as the defaults, naming each bad value', () => {
    const { values, problems } = theme.options.read({
      accent: 'red',
      accentDark: 42,
      fontPairing: 'comic-sans',
      layout: { nested: true },
      showAuthor: 'yes',
      ctaText: '',
      unknown: 'ignored',
    });
    expect(values).toEqual(theme.options.defaults);
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/^accent: expected a colour/m);
    expect(theme.options.read('not an object')).toEqual({
      values: theme.options.defaults,
      problems: ['the stored options are not an object'],
    });
  });

  it('keeps the valid values among invalid ones', () => {
    const { values, problems } = theme.options.read({ showDate: false, accent: '#zzzzzz' });
    expect(values).toEqual({ ...theme.options.defaults, showDate: false });
    expect(problems).toEqual([expect.stringMatching(/^accent:/)]);
  });
});

describe('option values', () => {
  const theme = installed[0]!;

  it('normalise colours and text', () => {
    const check = theme.options.validate({
      accent: theme.tokens.color.fg.light.toUpperCase(),
      ctaText: '  Join   us  ',
    });
    expect(check.ok && check.values.accent).toBe(theme.tokens.color.fg.light);
    expect(check.ok && check.values.ctaText).toBe('Join us');
  });

  it('bound the call-to-action wording and refuse an empty one', () => {
    const long = theme.options.validate({ ctaText: 'x'.repeat(121) });
    expect(long.ok ? null : long.errors.ctaText).toBe('Call-to-action wording: at most 120 characters');
    const empty = theme.options.validate({ ctaText: '   ' });
    expect(empty.ok ? null : empty.errors.ctaText).toBe('Call-to-action wording: cannot be empty');
  });

  it('refuse choices a theme does not offer and values of the wrong type', () => {
    const check = theme.options.validate({ layout: 'carousel', showAuthor: 'yes' });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.errors.layout).toMatch(/expected one of: /);
      expect(check.errors.showAuthor).toMatch(/expected true or false/);
    }
    expect(theme.options.validate('nonsense').ok).toBe(false);
  });
});

describe('the contrast guard', () => {
  const tokens = installed[0]!.tokens;
  // White paper in the light scheme, black in the dark: the WCAG reference values apply.
  const onWhite = {
    ...tokens,
    color: {
      ...tokens.color,
      bg: { light: '#ffffff', dark: '#000000' },
      surface: { light: '#ffffff', dark: '#000000' },
    },
  };

  it('passes a colour at AA and refuses one just under, rounding the ratio down', () => {
    expect(accentContrastProblem('#767676', onWhite, 'light')).toBeNull();
    expect(accentContrastProblem('#777777', onWhite, 'light')).toBe(
      "#777777 has a contrast of 4.47:1 against the light scheme's background #ffffff; WCAG AA needs at least 4.5:1",
    );
    expect(accentContrastProblem('#777777', onWhite, 'dark')).toBeNull();
  });
});

describe('declaring options', () => {
  it('rejects a default font pairing that does not match the theme’s fonts', () => {
    expect(() =>
      defineTheme({ name: 'odd', label: 'Odd', description: 'x', options: { fontPairings: ['sans'] } }),
    ).toThrow('its default font pairing "sans" does not match its font tokens');
  });

  it('gives a theme that declares nothing the base options', () => {
    const bare = defineTheme({ name: 'bare', label: 'Bare', description: 'x' });
    const layout = bare.options.fields.find((f) => f.name === 'layout');
    expect(layout?.kind === 'choice' && layout.choices.map((c) => c.value)).toEqual(['list', 'grid']);
    expect(bare.options.defaults.ctaText).toBe('Thank you for reading — don’t forget to subscribe!');
  });
});
