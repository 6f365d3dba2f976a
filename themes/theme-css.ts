import { tokensToCss } from './tokens';
import type { Theme } from './types';

const cache = new WeakMap<Theme, string>();

/** The theme's token stylesheet, built once per theme rather than on every request. */
export function themeCss(theme: Theme): string {
  let css = cache.get(theme);
  if (css === undefined) {
    css = tokensToCss(theme.name, theme.tokens);
    cache.set(theme, css);
  }
  return css;
}
