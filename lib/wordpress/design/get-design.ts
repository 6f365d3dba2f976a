import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../../config';
import { logOnce } from '../../log';
import { BoundedMap } from '../../util/bounded-map';
import { adminRead } from '../admin-read';
import { wpFetch } from '../client';
import { NotFoundError } from '../errors';
import { logNoticeOnce } from '../log';
import { tags } from '../tags';
import { unsizedFamilies, withFontFallbacks } from './font-fallbacks';
import { readFontMetrics } from './read-font-metrics';
import { reshapeDesign, themeJsonAsDesign } from './reshape';
import { wpDesign, type WpDesign } from './schema';
import type { SiteDesign } from './types';

// A design changes when its owner saves Styles: read it once per answer, not once per page — its
// font files' metrics too (font-fallbacks.ts), which never fail the design, only leave it unsized.
const reshaped = new BoundedMap<string, Promise<SiteDesign>>({ maxEntries: 8 });
const RETRY_MS = 60_000;

function fromAnswer(raw: WpDesign): Promise<SiteDesign> {
  const key = JSON.stringify(raw);
  const known = reshaped.get(key);
  if (known) return known;
  const { design, problems } = reshapeDesign(raw, new URL(getConfig().wordpressHomeUrl).origin);
  for (const problem of problems) {
    logOnce(`design:${problem.where}:${problem.reason}:${problem.text}`, 'error', 'design', {
      message: 'WordPress’s design data has a value Pressfront will not use: dropped',
      ...problem,
    });
  }
  const sized = withFontFallbacks(design, readFontMetrics).then((result) => {
    // A font file that could not be read is read again a minute later (read-font-metrics.ts):
    // so is this design, rather than keeping it unsized for as long as its answer holds.
    if (unsizedFamilies(result).length > 0) setTimeout(() => reshaped.delete(key), RETRY_MS).unref();
    return result;
  });
  reshaped.set(key, sized);
  return sized;
}

const wpActiveTheme = z.array(
  z.object({ stylesheet: z.string(), name: z.union([z.string(), z.object({ raw: z.string() })]).catch('') }),
);
const wpThemeGlobalStyles = z.object({
  settings: z.record(z.string(), z.unknown()).catch({}),
  styles: z.record(z.string(), z.unknown()).catch({}),
});

/**
 * Without the plugin: the PHP theme's own theme.json as core's REST API gives it to an
 * administrator (/wp/v2/global-styles/themes/{stylesheet}) — enough for the `site` theme's colours,
 * fonts and widths; not the owner's Styles, core's presets or the stylesheet WordPress generates.
 */
async function designFromCore(): Promise<SiteDesign | null> {
  if (!getConfig().credentials) return null;
  const [active] =
    (await adminRead({
      path: '/wp/v2/themes',
      query: { status: 'active', _fields: 'stylesheet,name' },
      schema: wpActiveTheme,
      tags: [tags.design],
    })) ?? [];
  if (!active || !/^[\w-]{1,100}$/.test(active.stylesheet)) return null;
  const themeJson = await adminRead({
    path: `/wp/v2/global-styles/themes/${active.stylesheet}`,
    schema: wpThemeGlobalStyles,
    tags: [tags.design],
  }).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!themeJson) return null;
  const name = typeof active.name === 'string' ? active.name : active.name.raw;
  return fromAnswer(themeJsonAsDesign({ stylesheet: active.stylesheet, name }, themeJson));
}

/**
 * The site's design, resolved by WordPress (the companion plugin's /pressfront/v1/design), checked
 * and reshaped. Without the plugin, the PHP theme's theme.json from core's REST API (with the
 * Application Password), what that leaves out said once in the log; else null: the themes' own look.
 */
export const getDesign = cache(async (): Promise<SiteDesign | null> => {
  try {
    const { data } = await wpFetch({
      path: '/pressfront/v1/design',
      schema: wpDesign,
      tags: [tags.design],
      notFound: 'the site design (the companion plugin)',
    });
    return fromAnswer(data);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const fromCore = await designFromCore();
  logNoticeOnce(
    'design-without-plugin',
    fromCore
      ? 'WordPress has no /pressfront/v1/design (the Pressfront Bridge plugin is not active): the "site" ' +
          'theme follows the PHP theme’s theme.json from core’s REST API, without the owner’s Styles ' +
          'edits, core’s presets and font files; block content keeps its classes but not the CSS ' +
          'WordPress generates for presets and layout.'
      : 'WordPress has no /pressfront/v1/design (the Pressfront Bridge plugin is not active) and core’s ' +
          'REST API gives no theme.json (no Application Password, or not a block theme): block content ' +
          'keeps its classes but not the site’s palette, sizes and layout, and the "site" theme shows ' +
          'Pressfront’s defaults.',
  );
  return fromCore;
});
