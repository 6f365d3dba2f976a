import type { WpDesign } from './schema';
import { readCss, type CssProblem, type CssRule } from './safe-css';
import type { DesignFontFace, DesignPreset, DesignRootStyles, SiteDesign } from './types';
import { isColor, isFontFamily, isGradient, isSize, isSlug } from './values';

// theme.json as WordPress resolved it → our model. The one place that knows theme.json's shape:
// where presets live by origin, how styles name presets (`var:preset|color|primary`), what the
// generated stylesheet's selectors mean. Every value is checked for its kind; what fails is dropped
// and reported in `problems`, never repaired.

export interface DesignProblem {
  where: string;
  reason: string;
  text: string;
}

const at = (value: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' && !Array.isArray(node)
        ? (node as Record<string, unknown>)[key]
        : undefined,
    value,
  );
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Presets by origin ({default, theme, custom}) as one list: the owner's over the theme's over core's. */
function presets(
  settings: Record<string, unknown>,
  path: string[],
  valueKey: string,
  valid: (value: string) => boolean,
  problems: DesignProblem[],
): DesignPreset[] {
  const byOrigin = at(settings, path);
  const bySlug = new Map<string, DesignPreset>();
  for (const origin of ['default', 'theme', 'custom']) {
    const list = at(byOrigin, [origin]);
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const slug = text(at(item, ['slug']));
      // Themes ship values with a stray ";" (Twenty Twenty-Three's Aubergine gradients): CSS
      // shrugs it off where WordPress prints it, and so do we.
      const value =
        text(at(item, [valueKey]))
          ?.trim()
          .replace(/;+$/, '') ?? null;
      const where = `settings.${path.join('.')}.${origin}`;
      if (slug === null || !isSlug(slug)) {
        problems.push({ where, reason: 'preset slug is not a slug', text: String(slug) });
        continue;
      }
      if (value === null || !valid(value)) {
        problems.push({ where: `${where}.${slug}`, reason: `not a valid ${valueKey}`, text: String(value) });
        continue;
      }
      bySlug.delete(slug);
      bySlug.set(slug, { slug, name: text(at(item, ['name'])) ?? slug, value });
    }
  }
  return [...bySlug.values()];
}

const PRESET_REFERENCE =
  /^var:preset\|([a-z-]+)\|([a-z0-9-]+)$|^var\(--wp--preset--([a-z-]+)--([a-z0-9-]+)\)$/;

/** A value of theme.json's `styles`: a preset named by reference becomes its value. */
function styleValue(
  raw: unknown,
  where: string,
  valid: (value: string) => boolean,
  lookup: Record<string, DesignPreset[]>,
  problems: DesignProblem[],
): string | null {
  const value = text(raw);
  if (value === null) return null;
  const reference = PRESET_REFERENCE.exec(value.trim());
  if (reference) {
    const kind = reference[1] ?? reference[3] ?? '';
    const slug = reference[2] ?? reference[4] ?? '';
    const found = lookup[kind]?.find((p) => p.slug === slug);
    if (!found) {
      // A family the answer carries none of (core's REST gives a theme's theme.json without the
      // spacing sizes WordPress generates from its scale) is missing, not broken: no problem.
      if (lookup[kind]?.length)
        problems.push({ where, reason: 'refers to a preset that does not exist', text: value });
      return null;
    }
    return found.value;
  }
  if (!valid(value)) {
    problems.push({ where, reason: 'not a valid value', text: value });
    return null;
  }
  return value;
}

function rootStyles(
  styles: Record<string, unknown>,
  lookup: Record<string, DesignPreset[]>,
  problems: DesignProblem[],
): DesignRootStyles {
  const read = (path: string[], valid: (value: string) => boolean) =>
    styleValue(at(styles, path), `styles.${path.join('.')}`, valid, lookup, problems);
  return {
    background: read(['color', 'background'], isColor),
    text: read(['color', 'text'], isColor),
    link: read(['elements', 'link', 'color', 'text'], isColor),
    fontFamily: read(['typography', 'fontFamily'], isFontFamily),
    headingFontFamily:
      read(['elements', 'heading', 'typography', 'fontFamily'], isFontFamily) ??
      read(['elements', 'h1', 'typography', 'fontFamily'], isFontFamily),
    fontSize: read(['typography', 'fontSize'], isSize),
    fontWeight: weight(read(['typography', 'fontWeight'], isWeight)),
    headingFontWeight: weight(read(['elements', 'heading', 'typography', 'fontWeight'], isWeight)),
    h1Size: read(['elements', 'h1', 'typography', 'fontSize'], isSize),
    h2Size: read(['elements', 'h2', 'typography', 'fontSize'], isSize),
    h3Size: read(['elements', 'h3', 'typography', 'fontSize'], isSize),
    paddingInline: read(['spacing', 'padding', 'left'], isSize),
    buttonBackground: read(['elements', 'button', 'color', 'background'], isColor),
    buttonText: read(['elements', 'button', 'color', 'text'], isColor),
    buttonRadius:
      read(['elements', 'button', 'border', 'radius'], isSize) ??
      read(['blocks', 'core/button', 'border', 'radius'], isSize),
    lineHeight: read(['typography', 'lineHeight'], (v) => /^[\d.]+(em|rem|px|%)?$/.test(v)),
  };
}

const isWeight = (value: string) => /^([1-9]00|normal|bold)$/.test(value);
const WEIGHT_KEYWORDS: Record<string, string> = { normal: '400', bold: '700' };
const weight = (value: string | null) => (value === null ? null : (WEIGHT_KEYWORDS[value] ?? value));

const FONT_STYLES = new Set(['normal', 'italic', 'oblique']);

function fontFaces(raw: unknown[], wordpressOrigin: string, problems: DesignProblem[]): DesignFontFace[] {
  const faces: DesignFontFace[] = [];
  for (const face of raw) {
    const family = text(at(face, ['fontFamily']))?.replace(/^["']|["']$/g, '') ?? '';
    const slug = text(at(face, ['slug'])) ?? '';
    const weight = String(at(face, ['fontWeight']) ?? '400');
    const style = text(at(face, ['fontStyle'])) ?? 'normal';
    const sources = at(face, ['src']);
    const src = (Array.isArray(sources) ? sources : []).filter(
      (s): s is string => typeof s === 'string' && fontFileUrl(s, wordpressOrigin),
    );
    if (
      !/^[\w -]{1,100}$/.test(family) ||
      !isSlug(slug) ||
      !/^\d{3}( \d{3})?$/.test(weight) ||
      !FONT_STYLES.has(style) ||
      src.length === 0
    ) {
      problems.push({
        where: 'fontFace',
        reason: 'not a font face we can load safely',
        text: JSON.stringify(face).slice(0, 200),
      });
      continue;
    }
    faces.push({ family, slug, weight, style: style as DesignFontFace['style'], src });
  }
  return faces;
}

/** Font files come from the site's own WordPress, as woff2/woff/ttf over http(s). */
function fontFileUrl(src: string, wordpressOrigin: string): boolean {
  try {
    const url = new URL(src);
    return (
      url.origin === wordpressOrigin &&
      /\.(woff2|woff|ttf|otf)$/i.test(url.pathname) &&
      !/["'()\\\s]/.test(src)
    );
  } catch {
    return false;
  }
}

const LAYOUT_SELECTOR = /\.is-layout-|\.wp-container-|:where\(\.is-layout-/;
const ROOT_SELECTOR = /^(:root|body|html)$/;

/** The generated stylesheet's parts, sorted by what they style. */
function sortRules(css: WpDesign['css'], problems: DesignProblem[]): SiteDesign['css'] {
  const read = (part: keyof WpDesign['css']) => {
    const { rules, problems: found } = readCss(css[part]);
    problems.push(...found.map((p: CssProblem) => ({ where: `css.${part}`, ...p })));
    return rules;
  };
  const variables: CssRule[] = [];
  const layout: CssRule[] = [];
  const theme: CssRule[] = [];
  for (const rule of [...read('variables'), ...read('styles')]) {
    if (rule.media === undefined && rule.selectors.every((s) => ROOT_SELECTOR.test(s))) {
      const custom = rule.declarations.filter((d) => d.property.startsWith('--'));
      const other = rule.declarations.filter((d) => !d.property.startsWith('--'));
      if (custom.length) variables.push({ selectors: [':root'], declarations: custom });
      if (other.length) theme.push({ ...rule, declarations: other });
    } else if (rule.selectors.every((s) => LAYOUT_SELECTOR.test(s))) {
      layout.push(rule);
    } else {
      theme.push(rule);
    }
  }
  return { variables, presets: read('presets'), layout, theme: [...theme, ...read('custom')] };
}

/**
 * Presets as WordPress writes them in its stylesheet: a fluid font size is its clamp() there (core
 * computes it from the theme's `fluid` bounds), not the `size` the settings keep.
 */
function asGenerated(list: DesignPreset[], kind: string, variables: CssRule[]): DesignPreset[] {
  const generated = new Map<string, string>();
  for (const rule of variables) for (const d of rule.declarations) generated.set(d.property, d.value);
  return list.map((preset) => {
    const value = generated.get(`--wp--preset--${kind}--${preset.slug}`);
    return value !== undefined && isSize(value) ? { ...preset, value } : preset;
  });
}

/** The design WordPress resolved, as our model, with what was dropped from it. */
export function reshapeDesign(
  raw: WpDesign,
  wordpressOrigin: string,
): { design: SiteDesign; problems: DesignProblem[] } {
  const problems: DesignProblem[] = [];
  const { settings, styles } = raw;
  const palette = presets(settings, ['color', 'palette'], 'color', isColor, problems);
  const gradients = presets(settings, ['color', 'gradients'], 'gradient', isGradient, problems);
  const css = sortRules(raw.css, problems);
  const fontSizes = asGenerated(
    presets(settings, ['typography', 'fontSizes'], 'size', isSize, problems),
    'font-size',
    css.variables,
  );
  const fontFamilies = presets(
    settings,
    ['typography', 'fontFamilies'],
    'fontFamily',
    isFontFamily,
    problems,
  );
  const spacing = asGenerated(
    presets(settings, ['spacing', 'spacingSizes'], 'size', isSize, problems),
    'spacing',
    css.variables,
  );
  const lookup = {
    color: palette,
    gradient: gradients,
    'font-size': fontSizes,
    'font-family': fontFamilies,
    spacing,
  };
  const width = (key: string) => {
    const value = text(at(settings, ['layout', key]));
    if (value !== null && !isSize(value)) {
      problems.push({ where: `settings.layout.${key}`, reason: 'not a valid size', text: value });
      return null;
    }
    return value;
  };
  return {
    design: {
      wordpressVersion: raw.wordpress,
      theme: raw.theme,
      palette,
      gradients,
      fontSizes,
      fontFamilies,
      spacing,
      layout: { contentSize: width('contentSize'), wideSize: width('wideSize') },
      root: rootStyles(styles, lookup, problems),
      fontFaces: fontFaces(raw.fontFaces, wordpressOrigin, problems),
      fontFallbacks: [],
      css,
    },
    problems,
  };
}

const PRESET_PATHS = [
  ['color', 'palette'],
  ['color', 'gradients'],
  ['typography', 'fontSizes'],
  ['typography', 'fontFamilies'],
  ['spacing', 'spacingSizes'],
] as const;

/**
 * A PHP theme's theme.json as core's REST API gives it (presets as lists, nothing generated) in the
 * shape the plugin answers (presets by origin, here all the theme's): for a site without the plugin.
 */
export function themeJsonAsDesign(
  theme: { stylesheet: string; name: string },
  themeJson: { settings: Record<string, unknown>; styles: Record<string, unknown> },
): WpDesign {
  const settings = structuredClone(themeJson.settings);
  for (const [group, key] of PRESET_PATHS) {
    const holder = settings[group];
    if (holder && typeof holder === 'object' && !Array.isArray(holder)) {
      const list = (holder as Record<string, unknown>)[key];
      if (Array.isArray(list)) (holder as Record<string, unknown>)[key] = { theme: list };
    }
  }
  return {
    wordpress: '',
    theme: { ...theme, block: true },
    settings,
    styles: themeJson.styles,
    css: { variables: '', presets: '', styles: '', custom: '' },
    fontFaces: [],
  };
}
