import { z } from 'zod';

// Design tokens: the values a theme chooses. They become CSS variables (--pf-*) that Tailwind maps
// once (styles/globals.css), so a theme swaps values, never class names.

const hex = z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'expected a #rrggbb colour' });
/** A colour for each scheme; both are checked for WCAG AA contrast (tokens.test.ts). */
const schemeColor = z.object({ light: hex, dark: hex });
const cssValue = z
  .string()
  .min(1)
  .regex(/^[^;{}<>]+$/, { error: 'expected one CSS value (no ; { } < >)' });

export const tokensSchema = z.object({
  color: z.object({
    bg: schemeColor,
    surface: schemeColor,
    fg: schemeColor,
    muted: schemeColor,
    border: schemeColor,
    accent: schemeColor,
    accentFg: schemeColor,
    /** Filled buttons: the accent (applyOptions), unless a site's design gives its own. */
    button: schemeColor,
    buttonFg: schemeColor,
    focus: schemeColor,
  }),
  font: z.object({ sans: cssValue, display: cssValue, body: cssValue }),
  /** Font weights of body text and of headings in the body (a site design's, or the theme's). */
  weight: z.object({ body: z.string().regex(/^[1-9]00$/), heading: z.string().regex(/^[1-9]00$/) }),
  /** The type scale. */
  text: z.object({
    small: cssValue,
    base: cssValue,
    lead: cssValue,
    h3: cssValue,
    h2: cssValue,
    h1: cssValue,
    caption: cssValue,
  }),
  caption: z.object({
    variant: z.enum(['normal', 'small-caps']),
    align: z.enum(['start', 'center']),
  }),
  space: z.object({ gutter: cssValue, section: cssValue }),
  radius: z.object({ card: cssValue, button: cssValue }),
  /** measure: the reading column; wide: the page; figure: how wide photos in a body may grow. */
  width: z.object({ measure: cssValue, wide: cssValue, figure: cssValue }),
});

export type ThemeTokens = z.infer<typeof tokensSchema>;
export type ColorName = keyof ThemeTokens['color'];

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type TokenOverrides = DeepPartial<ThemeTokens>;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The theme's tokens as one CSS rule scoped to `[data-theme=…]`. Colours use light-dark(), so the
 * scheme follows `color-scheme` (the visitor's preference, or the toggle; see styles/globals.css).
 */
export function tokensToCss(themeName: string, tokens: ThemeTokens): string {
  const vars: string[] = [];
  for (const [name, { light, dark }] of Object.entries(tokens.color)) {
    vars.push(`--pf-${kebab(name)}:light-dark(${light},${dark})`);
  }
  for (const group of ['font', 'weight', 'text', 'space', 'radius', 'width'] as const) {
    for (const [name, value] of Object.entries(tokens[group]))
      vars.push(`--pf-${group}-${kebab(name)}:${value}`);
  }
  vars.push(`--pf-caption-variant:${tokens.caption.variant}`, `--pf-caption-align:${tokens.caption.align}`);
  return `[data-theme="${themeName}"]{${vars.join(';')}}`;
}

/** Deep-merges token overrides over a complete set. */
export function mergeTokens(base: ThemeTokens, overrides: TokenOverrides = {}): ThemeTokens {
  const merged = structuredClone(base) as Record<string, Record<string, unknown>>;
  for (const [group, values] of Object.entries(overrides)) {
    if (values === undefined) continue;
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const current = merged[group]?.[name];
      merged[group] ??= {};
      merged[group][name] =
        typeof value === 'object' && typeof current === 'object' ? { ...current, ...value } : value;
    }
  }
  return merged as ThemeTokens;
}
