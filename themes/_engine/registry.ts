import { getConfig } from '@/lib/config';
import { logOnce } from '@/lib/log';
import type { Site } from '@/lib/wordpress';
import { installedThemes } from '../installed';
import type { Theme } from './types';

/**
 * Installed themes, by name: every theme folder and every package in package.json's
 * "pressfront.themes", as discovered (themes/installed.ts, scripts/themes/discovery.ts).
 */
export const themes: Record<string, Theme> = byName(installedThemes);

function byName(list: Theme[]): Record<string, Theme> {
  const named: Record<string, Theme> = {};
  for (const theme of list) {
    if (Object.hasOwn(named, theme.name)) {
      throw new Error(
        `Two installed themes are named "${theme.name}": rename one (a folder and a package may clash)`,
      );
    }
    named[theme.name] = theme;
  }
  return named;
}

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

/** The theme a site renders with when nothing else is chosen. */
export const DEFAULT_THEME = 'show';

/** The theme pinned by the server's configuration (PRESSFRONT_THEME), or null: follow WordPress. */
export function getPinnedTheme(): Theme | null {
  const name = getConfig().theme;
  return name === null ? null : getTheme(name);
}

/**
 * The theme the site renders with: the pinned one; else the one the site owner activated in
 * wp-admin, when this server has it; else the default. An activated theme this server does not
 * have (removed in a deploy, a typo in the option) is said once in the log, not shown to readers.
 */
export function getActiveTheme(site: Pick<Site, 'theme'>, pinnedName = getConfig().theme): Theme {
  if (pinnedName !== null) return getTheme(pinnedName);
  const chosen = site.theme && Object.hasOwn(themes, site.theme) ? themes[site.theme] : undefined;
  if (site.theme && !chosen) {
    logOnce(`unknown-theme:${site.theme}`, 'warn', 'themes', {
      message: `WordPress activated the theme "${site.theme}", which this server does not have (installed: ${installedThemeNames()}): rendering ${DEFAULT_THEME}`,
    });
  }
  return chosen ?? getTheme(DEFAULT_THEME);
}
