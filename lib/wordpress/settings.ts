import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { adminRead } from './admin-read';
import { logNoticeOnce } from './log';
import { tags } from './tags';

/** The reading settings a frontend needs, which WordPress shows only to administrators. */
export interface ReadingSettings {
  /** BCP 47 ("en-US", "pt-PT"), from WordPress's locale ("en_US"). */
  language: string;
  /** Posts on the front page, or a static page (with an optional posts page). */
  frontPage: { kind: 'posts' } | { kind: 'page'; pageId: number; postsPageId: number | null };
}

const DEFAULTS: ReadingSettings = { language: 'en-US', frontPage: { kind: 'posts' } };

const wpSettings = z.object({
  language: z.string().default('en_US'),
  show_on_front: z.enum(['posts', 'page']).default('posts'),
  page_on_front: z.number().int().default(0),
  page_for_posts: z.number().int().default(0),
});

/**
 * The site's language and front-page settings, read with the server-side Application Password.
 * Without credentials WordPress will not tell: WordPress's defaults apply (English, latest posts).
 */
export const getReadingSettings = cache(async (): Promise<ReadingSettings> => {
  if (!getConfig().credentials) {
    logNoticeOnce(
      'settings-without-credentials',
      'No Application Password configured: using English and "latest posts" as the front page. ' +
        'Set WORDPRESS_APP_USER and WORDPRESS_APP_PASSWORD to follow the site’s reading settings.',
    );
    return DEFAULTS;
  }
  const data = await adminRead({
    path: '/wp/v2/settings',
    query: { _fields: 'language,show_on_front,page_on_front,page_for_posts' },
    schema: wpSettings,
    tags: [tags.site],
  });
  if (!data) return DEFAULTS;
  return {
    language: toLanguageTag(data.language),
    frontPage:
      data.show_on_front === 'page' && data.page_on_front > 0
        ? { kind: 'page', pageId: data.page_on_front, postsPageId: data.page_for_posts || null }
        : { kind: 'posts' },
  };
});

/** "en_US" → "en-US"; anything Intl rejects → "en-US". */
export function toLanguageTag(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}
