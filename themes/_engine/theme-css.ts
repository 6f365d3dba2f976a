import { log } from '@/lib/log';
import { designFontFaceCss, type SiteDesign } from '@/lib/wordpress/design';
import { BoundedMap } from '@/lib/util/bounded-map';
import { applyOptions } from './options/apply';
import type { ThemeOptionValues } from './options/declare';
import { mergeTokens, tokensSchema, tokensToCss, type ThemeTokens } from './tokens';
import type { Theme } from './types';

// A site has one set of options per theme, plus whatever a site owner is previewing, and one design
// at a time (a few while its owner tries variations): a few entries.
const cssCache = new BoundedMap<string, string>({ maxEntries: 64 });
const tokensCache = new BoundedMap<string, ThemeTokens>({ maxEntries: 64 });

/** What a theme's tokens depend on: its options and, for a theme that follows it, the design's tokens. */
const keyOf = (theme: Theme, values: ThemeOptionValues, design: SiteDesign | null) =>
  `${theme.name}:${JSON.stringify(values)}:${JSON.stringify(theme.fromDesign && design ? theme.fromDesign(design) : null)}`;

/**
 * The tokens a theme that follows the site's design gets from it, checked like any theme's: a
 * design that would not make valid tokens leaves the theme's own (said in the log).
 */
function withDesign(theme: Theme, tokens: ThemeTokens, design: SiteDesign): ThemeTokens {
  if (!theme.fromDesign) return tokens;
  const merged = mergeTokens(tokens, theme.fromDesign(design));
  const checked = tokensSchema.safeParse(merged);
  if (checked.success) return checked.data;
  log('error', 'themes', {
    message: `The site's design does not make valid tokens for the theme "${theme.name}": its own are used`,
    problems: checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  });
  return tokens;
}

/** The theme's tokens with the owner's options and, for a theme that follows it, the site's design. */
export function themeTokens(
  theme: Theme,
  values: ThemeOptionValues = theme.options.defaults,
  design: SiteDesign | null = null,
): ThemeTokens {
  const key = keyOf(theme, values, design);
  let tokens = tokensCache.get(key);
  if (tokens === undefined) {
    const options = applyOptions(theme.tokens, theme.options, values);
    tokens = design && theme.fromDesign ? withDesign(theme, options, design) : options;
    tokensCache.set(key, tokens);
  }
  return tokens;
}

/**
 * The theme's token stylesheet with the site owner's options — and, for a theme that follows the
 * site's design, that design's tokens and the font faces they name — built once per set of values.
 */
export function themeCss(
  theme: Theme,
  values: ThemeOptionValues = theme.options.defaults,
  design: SiteDesign | null = null,
): string {
  const key = keyOf(theme, values, design);
  let css = cssCache.get(key);
  if (css === undefined) {
    const tokens = themeTokens(theme, values, design);
    css = tokensToCss(theme.name, tokens);
    if (design && theme.fromDesign) css += designFontFaceCss(design, Object.values(tokens.font));
    cssCache.set(key, css);
  }
  return css;
}
