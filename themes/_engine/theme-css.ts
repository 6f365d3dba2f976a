import { BoundedMap } from '@/lib/util/bounded-map';
import { applyOptions } from './options/apply';
import type { ThemeOptionValues } from './options/declare';
import { tokensToCss } from './tokens';
import type { Theme } from './types';

// A site has one set of options per theme, plus whatever a site owner is previewing: a few entries.
const cache = new BoundedMap<string, string>({ maxEntries: 64 });

/** The theme's token stylesheet with the site owner's options, built once per set of values. */
export function themeCss(theme: Theme, values: ThemeOptionValues = theme.options.defaults): string {
  const key = `${theme.name}:${JSON.stringify(values)}`;
  let css = cache.get(key);
  if (css === undefined) {
    css = tokensToCss(theme.name, applyOptions(theme.tokens, theme.options, values));
    cache.set(key, css);
  }
  return css;
}
