import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { cache } from 'react';
import { getConfig } from '@/lib/config';
import { translator, type Translate } from '@/lib/i18n/translate';
import { logOnce } from '@/lib/log';
import { exitHref, PREVIEW_COOKIE, verifyPreviewSession } from '@/server/preview/theme-preview';
import { getSiteOrFallback } from '@/server/routing/request-site';
import type { Site } from '@/lib/wordpress';
import type { ThemeOptionValues } from '@/themes/_engine/options/declare';
import { getActiveTheme, themes } from '@/themes/_engine/registry';
import type { Theme } from '@/themes/_engine/types';

export interface RequestTheme {
  theme: Theme;
  /** The site owner's options for it, validated (defaults where invalid or unset). */
  options: ThemeOptionValues;
  /** The words of the site's language, with the theme's own. */
  t: Translate;
  /** Set when this browser is in a live preview: where its bar's "Activate" and "Exit" lead. */
  preview: { activateUrl: string | null; exitHref: string } | null;
}

/** The options WordPress stored for `theme`: anything invalid reads as its default, said once. */
export function storedOptions(theme: Theme, site: Pick<Site, 'themeOptions'>): ThemeOptionValues {
  const raw = Object.hasOwn(site.themeOptions, theme.name) ? site.themeOptions[theme.name] : undefined;
  const { values, problems } = theme.options.read(raw);
  for (const problem of problems) {
    logOnce(`theme-options:${theme.name}:${problem}`, 'warn', 'themes', {
      message: `WordPress stored an invalid option for the theme "${theme.name}": using its default`,
      problem,
    });
  }
  return values;
}

/**
 * The theme this request renders with: the active one (pinned by PRESSFRONT_THEME, else activated
 * in wp-admin) with its stored options, or the one the site owner is previewing with the options
 * being tried (a valid signed cookie). Reading the cookie keeps every page request-time, so a
 * preview can never be served to anyone else from a cache.
 */
export const getRequestTheme = cache(async (): Promise<RequestTheme> => {
  // Never at build time: the theme is the running server's choice.
  await connection();
  const site = await getSiteOrFallback();
  const active = getActiveTheme(site);
  const t = (theme: Theme) => translator(site.language, theme.messages, theme.name);
  const current = { theme: active, options: storedOptions(active, site), t: t(active), preview: null };
  const secret = getConfig().bridgeSecret;
  const cookie = (await cookies()).get(PREVIEW_COOKIE)?.value;
  if (!secret || !cookie) return current;
  const check = verifyPreviewSession(cookie, secret);
  if (!check.ok) return current;
  const { payload } = check;
  const theme = Object.hasOwn(themes, payload.theme) ? themes[payload.theme] : undefined;
  if (!theme) return current;
  return {
    theme,
    options: theme.options.read(payload.options).values,
    t: t(theme),
    preview: { activateUrl: payload.activateUrl, exitHref: exitHref(payload.exitUrl, secret) },
  };
});
