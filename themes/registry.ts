import { getConfig } from '@/lib/config';
import { minimal } from './minimal';
import { paper } from './paper';
import { show } from './show';
import type { Theme } from './types';

/** Installed themes. Adding a theme is adding its folder and one line here. */
export const themes: Record<string, Theme> = Object.fromEntries(
  [show, paper, minimal].map((t) => [t.name, t]),
);

export class UnknownThemeError extends Error {
  override name = 'UnknownThemeError';
}

export const installedThemeNames = () => Object.keys(themes).join(', ');

export function getTheme(name: string): Theme {
  const theme = Object.hasOwn(themes, name) ? themes[name] : undefined;
  if (!theme) {
    throw new UnknownThemeError(
      `Invalid configuration: PRESSFRONT_THEME "${name}" is not installed (installed: ${installedThemeNames()})`,
    );
  }
  return theme;
}

/** The theme this server renders with, from PRESSFRONT_THEME. */
export function getConfiguredTheme(): Theme {
  return getTheme(getConfig().theme);
}
