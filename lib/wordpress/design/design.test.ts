import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../colour/contrast';
import { contentCss, scopeSelector } from './content-css';
import { reshapeDesign, themeJsonAsDesign } from './reshape';
import { readCss, valueProblem, writeCss } from './safe-css';
import { wpDesign, type WpDesign } from './schema';

// theme.json → our model, on designs recorded from the local WordPress (npm run wp:record-fixtures
// with RECORD_ONLY=design): Twenty Twenty-Three on 6.1, as shipped and with three of its style
// variations picked as the Site Editor picks them.

const ORIGIN = 'http://127.0.0.1:8790';
const recorded = (name: string): WpDesign =>
  wpDesign.parse(
    (
      JSON.parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.json`), 'utf8')) as {
        body: unknown;
      }
    ).body,
  );
const colour = (design: ReturnType<typeof reshapeDesign>['design'], slug: string) =>
  design.palette.find((p) => p.slug === slug)?.value;

describe('the site design WordPress resolved', () => {
  const tt3 = reshapeDesign(recorded('design-twentytwentythree-wp6.1'), ORIGIN);

  it('reads Twenty Twenty-Three whole, with nothing dropped', () => {
    const { design, problems } = tt3;
    expect(problems).toEqual([]);
    expect(design.theme).toEqual({
      stylesheet: 'twentytwentythree',
      name: 'Twenty Twenty-Three',
      block: true,
    });
    expect(colour(design, 'primary')).toBe('#9DFF20');
    // Core's default palette is there too, under the theme's.
    expect(colour(design, 'vivid-red')).toBe('#cf2e2e');
    expect(design.layout).toEqual({ contentSize: '650px', wideSize: '1200px' });
    expect(design.root).toMatchObject({ background: '#ffffff', text: '#000000' });
    expect(design.root.fontFamily).toMatch(/-apple-system/);
    expect(design.fontSizes.find((s) => s.slug === 'x-large')?.value).toBeTruthy();
    expect(design.fontFamilies.map((f) => f.slug)).toEqual(
      expect.arrayContaining(['dm-sans', 'ibm-plex-mono', 'inter', 'source-serif-pro']),
    );
    expect(design.fontFaces.length).toBeGreaterThan(5);
    expect(design.fontFaces[0]?.src[0]).toMatch(
      /^http:\/\/127\.0\.0\.1:8790\/wp-content\/themes\/twentytwentythree\/assets\/fonts\/.+\.woff2$/,
    );
  });

  it('sorts the generated stylesheet: variables, preset classes, block layout, the theme’s own look', () => {
    const { css } = tt3.design;
    const declared = css.variables.flatMap((r) => r.declarations.map((d) => d.property));
    expect(declared).toEqual(
      expect.arrayContaining([
        '--wp--preset--color--primary',
        '--wp--style--global--content-size',
        '--wp--style--block-gap',
      ]),
    );
    expect(css.variables.every((r) => r.selectors.join() === ':root')).toBe(true);
    expect(css.presets.some((r) => r.selectors.includes('.has-primary-color'))).toBe(true);
    expect(css.layout.some((r) => r.selectors.includes('body .is-layout-flex'))).toBe(true);
    expect(css.layout.every((r) => r.selectors.every((s) => /is-layout-|wp-container-/.test(s)))).toBe(true);
    expect(css.theme.some((r) => r.selectors.some((s) => s.includes('wp-element-button')))).toBe(true);
  });

  it.each([
    ['aubergine', { base: '#1B1031', primary: '#FF746D' }, /dm-sans|DM Sans/],
    ['block-out', {}, null],
    ['canary', { base: '#fdff85', primary: '#000000' }, /IBM Plex Mono/],
  ])('follows the %s style variation', (name, colours, font) => {
    const { design, problems } = reshapeDesign(recorded(`design-twentytwentythree-${name}-wp6.1`), ORIGIN);
    expect(problems).toEqual([]);
    for (const [slug, value] of Object.entries(colours)) expect(colour(design, slug)).toBe(value);
    if (font) expect(design.root.fontFamily).toMatch(font);
    // A variation is a different design: its variables say so.
    expect(writeCss(design.css.variables)).not.toBe(writeCss(tt3.design.css.variables));
  });
});

describe.each(readdirSync(path.join(__dirname, '__fixtures__')).map((f) => f.replace(/\.json$/, '')))(
  'the recorded design %s',
  (name) => {
    it('reads whole: nothing dropped, a palette, sizes, fonts, layout rules and variables', () => {
      const { design, problems } = reshapeDesign(recorded(name), ORIGIN);
      expect(problems).toEqual([]);
      expect(design.palette.length).toBeGreaterThan(3);
      expect(design.fontSizes.length).toBeGreaterThan(3);
      expect(design.fontFamilies.length).toBeGreaterThan(0);
      expect(design.css.layout.length).toBeGreaterThan(5);
      expect(design.css.variables.length).toBeGreaterThan(0);
      expect(design.root.background).not.toBeNull();
      expect(design.root.text).not.toBeNull();
    });
  },
);

describe('without the plugin: the theme.json core’s REST API gives', () => {
  it('reads the PHP theme’s presets and styles, with nothing generated', () => {
    // Core's /wp/v2/global-styles/themes/{stylesheet}: presets as lists, the theme's only.
    const resolved = recorded('design-twentytwentythree-wp6.1');
    const theme = (path: string[]) =>
      path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resolved.settings);
    const themeJson = {
      settings: {
        color: { palette: theme(['color', 'palette', 'theme']) },
        typography: {
          fontSizes: theme(['typography', 'fontSizes', 'theme']),
          fontFamilies: theme(['typography', 'fontFamilies', 'theme']),
        },
        layout: { contentSize: '650px', wideSize: '1200px' },
      },
      styles: resolved.styles,
    };
    const { design, problems } = reshapeDesign(
      themeJsonAsDesign({ stylesheet: 'twentytwentythree', name: 'Twenty Twenty-Three' }, themeJson),
      ORIGIN,
    );
    expect(problems).toEqual([]);
    expect(colour(design, 'primary')).toBe('#9DFF20');
    expect(colour(design, 'vivid-red')).toBeUndefined();
    expect(design.root).toMatchObject({ background: '#ffffff', text: '#000000' });
    expect(design.layout).toEqual({ contentSize: '650px', wideSize: '1200px' });
    expect(design.css).toEqual({ variables: [], presets: [], layout: [], theme: [] });
  });
});

describe('hostile or broken design data', () => {
  const hostile = (): WpDesign => {
    const raw = structuredClone(recorded('design-twentytwentythree-wp6.1'));
    const settings = raw.settings as {
      color: { palette: { theme: { slug: string; color: string; name: string }[] } };
      typography: { fontFamilies: { theme: { slug: string; fontFamily: string }[] } };
    };
    settings.color.palette.theme.push(
      { slug: 'evil', name: 'Evil', color: 'red;}</style><script>alert(1)</script>' },
      { slug: 'x" onload="y', name: 'Slug', color: '#000' },
      { slug: 'not-a-colour', name: 'Word', color: 'url(javascript:alert(1))' },
    );
    settings.typography.fontFamilies.theme.push({
      slug: 'bad-font',
      fontFamily: 'Inter</style><script>alert(1)</script>',
    });
    (raw.styles as Record<string, unknown>).color = {
      background: 'var:preset|color|nothing',
      text: 'expression(alert(1))',
    };
    raw.css.custom =
      '@import url(https://evil.example/x.css);.a{background:url(javascript:alert(1))}.b{width:expression(alert(1))}' +
      '.c{color:red}</style><script>alert(1)</script><style>.d{color:blue}';
    raw.css.presets += '.has-evil-color{color:red;}}body{display:none}';
    raw.fontFaces.push({
      fontFamily: 'Evil',
      fontWeight: '400',
      fontStyle: 'normal',
      slug: 'evil',
      src: ['https://evil.example/font.woff2'],
    });
    return raw;
  };

  it('drops each hostile value with a reason and keeps the rest', () => {
    const { design, problems } = reshapeDesign(hostile(), ORIGIN);
    const reasons = problems.map((p) => `${p.where}: ${p.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'settings.color.palette.theme.evil: not a valid color',
        'settings.color.palette.theme: preset slug is not a slug',
        'settings.color.palette.theme.not-a-colour: not a valid color',
        'settings.typography.fontFamilies.theme.bad-font: not a valid fontFamily',
        'styles.color.background: refers to a preset that does not exist',
        'styles.color.text: not a valid value',
        'fontFace: not a font face we can load safely',
        'css.custom: @import is not allowed',
        'css.custom: value loads a URL or runs an expression',
        'css.custom: stylesheet carries markup',
      ]),
    );
    expect(design.palette.map((p) => p.slug)).not.toContain('evil');
    expect(colour(design, 'primary')).toBe('#9DFF20');
    expect(design.root.background).toBeNull();
    const everything = writeCss([
      ...design.css.variables,
      ...design.css.presets,
      ...design.css.layout,
      ...design.css.theme,
    ]);
    expect(everything).not.toMatch(/<|javascript|expression\(|@import|evil\.example/i);
    expect(everything).toContain('.c{color:red}');
  });
});

describe('the CSS one body of content gets', () => {
  const { design } = reshapeDesign(recorded('design-twentytwentythree-wp6.1'), ORIGIN);
  const html =
    '<p class="has-primary-color has-text-color has-x-large-font-size">High water</p>' +
    '<div class="is-nowrap is-layout-flex wp-container-1 wp-block-group has-tertiary-background-color has-background"><p>a</p></div>' +
    '<p style="padding-top:var(--wp--preset--spacing--50)">spaced</p>';
  const blockRules = readCss(
    '.wp-block-group.wp-container-1,.wp-block-columns.wp-container-5{flex-wrap:nowrap;}.wp-container-9{gap:2rem}',
  ).rules;

  it('holds what the content uses, scoped to it, and nothing it does not', () => {
    const css = contentCss(html, blockRules, design);
    expect(css).toContain('.pf-prose .has-primary-color{color:var(--wp--preset--color--primary)!important}');
    expect(css).toContain('.pf-prose .has-tertiary-background-color{');
    expect(css).toContain('.pf-prose .is-layout-flex{display:flex}');
    expect(css).toContain('.pf-prose .wp-block-group.wp-container-1{flex-wrap:nowrap}');
    expect(css).toMatch(/^\.pf-prose\{[^}]*--wp--preset--color--primary:#9DFF20/);
    expect(css).toContain('--wp--preset--spacing--50:');
    // Not used: other colours, the other block's container, rules for unused layouts.
    expect(css).not.toContain('vivid-red');
    expect(css).not.toContain('wp-container-5');
    expect(css).not.toContain('wp-container-9');
    expect(css).not.toContain('is-layout-constrained');
    // Far lighter than the whole design.
    const whole = writeCss([...design.css.variables, ...design.css.presets, ...design.css.layout]);
    expect(css.length * 4).toBeLessThan(whole.length);
  });

  it('is empty for content that uses none of it, and without a design holds only the blocks’ own rules', () => {
    expect(contentCss('<p>plain</p>', [], design)).toBe('');
    expect(contentCss(html, blockRules, null)).toBe(
      '.pf-prose .wp-block-group.wp-container-1{flex-wrap:nowrap}',
    );
  });

  it('lightens an author’s text colour that would not read on the theme’s dark background, in the dark scheme only', () => {
    const red =
      '<p class="has-vivid-red-color has-text-color">warning</p><p class="has-primary-color">lime</p>';
    const css = contentCss(red, [], design, ['#15171a', '#1f2226']);
    const lighter =
      /\.pf-prose \.has-vivid-red-color:not\(\.has-background\)\{color:light-dark\(var\(--wp--preset--color--vivid-red\),(#[0-9a-f]{6})\)!important\}/.exec(
        css,
      )?.[1];
    expect(lighter).toBeDefined();
    expect(contrastRatio(lighter as string, '#1f2226')).toBeGreaterThanOrEqual(4.5);
    // Twenty Twenty-Three's lime reads on dark as it is.
    expect(css).not.toContain('has-primary-color:not');
  });

  it('loads a design font the content names, from this origin, and none it does not', () => {
    const { design: aubergine } = reshapeDesign(recorded('design-twentytwentythree-aubergine-wp6.1'), ORIGIN);
    const css = contentCss('<p class="has-ibm-plex-mono-font-family">mono</p>', [], aubergine);
    expect(css).toContain(
      '.pf-prose .has-ibm-plex-mono-font-family{font-family:var(--wp--preset--font-family--ibm-plex-mono)!important}',
    );
    expect(css).toMatch(
      /@font-face\{font-family:"IBM Plex Mono";src:url\("\/api\/design-fonts\/wp-content\/themes\/twentytwentythree\//,
    );
    expect(css).not.toContain('DM Sans');
    expect(contentCss('<p>plain</p>', [], aubergine)).not.toContain('@font-face');
  });

  it('moves a rule for the page onto the content', () => {
    expect(scopeSelector('body .is-layout-flex > *')).toBe('.pf-prose .is-layout-flex > *');
    expect(scopeSelector(':root')).toBe('.pf-prose');
    expect(scopeSelector('.has-x-color')).toBe('.pf-prose .has-x-color');
    expect(scopeSelector('body.home')).toBe('.pf-prose .body.home'.replace('.body', 'body'));
  });
});

describe('reading untrusted CSS', () => {
  it('keeps rules and @media, writes them back compactly', () => {
    const { rules, problems } = readCss(
      '@media (min-width: 600px) { .a > .b { gap: 1rem !important } } .c{color:#fff}',
    );
    expect(problems).toEqual([]);
    expect(writeCss(rules)).toBe('@media (min-width: 600px){.a > .b{gap:1rem!important}}.c{color:#fff}');
  });

  it.each([
    ['.a{color:red;}</style><img src=x onerror=alert(1)>', 'stylesheet carries markup'],
    ['@import "x.css";', '@import is not allowed'],
    ['@font-face{font-family:x;src:url(x.woff)}', '@font-face is not allowed'],
    ['.a{background:url(https://x.example/a.png)}', 'value loads a URL or runs an expression'],
    ['.a{width:expression(alert(1))}', 'value loads a URL or runs an expression'],
    ['.a{-moz-binding:x}', 'property is not allowed'],
    ['.a{color:\\72 ed}', 'value carries markup, escapes or block syntax'],
    ['.a\\:b{color:red}', 'selector has characters no design selector needs'],
    [".a{filter:url('#x')}.b{filter:url('https://x.example/#x')}", 'value loads a URL or runs an expression'],
  ])('drops %s', (css, reason) => {
    const { rules, problems } = readCss(css);
    expect(problems.map((p) => p.reason)).toContain(reason);
    expect(writeCss(rules)).not.toMatch(/<|url\((?!'#)|expression|binding|\\|@import|@font-face/);
  });

  it('refuses a value with unbalanced brackets or quotes', () => {
    expect(valueProblem('calc(1px + (2px)')).toBe('value has unbalanced brackets or quotes');
    expect(valueProblem('"Inter')).toBe('value has unbalanced brackets or quotes');
    expect(valueProblem('"Inter (Variable)", sans-serif')).toBeNull();
  });

  it('drops a stylesheet that does not parse, whole', () => {
    const { rules, problems } = readCss('.a{color:red');
    expect(rules.length + problems.length).toBeGreaterThan(0);
    expect(readCss('.a{{').problems[0]?.reason).toMatch(/does not parse|nested rule|selector/);
  });
});
