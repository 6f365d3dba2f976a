import { getConfig } from '@/lib/config';
import { show } from './show';
import type { Theme } from './types';

/** Installed themes. Adding a theme is adding its folder and one line here. */
export const themes: Record<string, Theme> = {
  [show.name]: show,
};

export class UnknownThemeError extends Error {
  override name = 'UnknownThemeError';
}

export function getTheme(name: string): Theme {
  const theme = themes[name];
  if (!theme) {
    throw new UnknownThemeError(
      `Invalid configuration: PRESSFRONT_THEME "${name}" is not installed (installed: ${Object.keys(themes).join(', ')})`,
    );
  }
  return theme;
}

/** The theme this server renders with, from PRESSFRONT_THEME. */
export function getActiveTheme(): Theme {
  return getTheme(getConfig().theme);
}
