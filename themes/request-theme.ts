import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { cache } from 'react';
import { getConfig } from '@/lib/config';
import { PREVIEW_COOKIE, verifyPreview } from '@/lib/preview/token';
import { getSiteOrFallback } from '@/lib/routing/site';
import { getActiveTheme, themes } from './registry';
import type { Theme } from './types';

/**
 * The theme this request renders with: the active one (pinned by PRESSFRONT_THEME, else activated
 * in wp-admin), or the one the site owner is previewing (a valid signed cookie). Reading the cookie keeps every page request-time, so a
 * preview can never be served to anyone else from a cache.
 */
export const getRequestTheme = cache(async (): Promise<{ theme: Theme; previewing: boolean }> => {
  // Never at build time: the theme is the running server's choice.
  await connection();
  const configured = getActiveTheme(await getSiteOrFallback());
  const secret = getConfig().previewSecret;
  if (!secret) return { theme: configured, previewing: false };
  const name = verifyPreview((await cookies()).get(PREVIEW_COOKIE)?.value, secret);
  const previewed = name && Object.hasOwn(themes, name) ? themes[name] : undefined;
  return previewed ? { theme: previewed, previewing: true } : { theme: configured, previewing: false };
});
