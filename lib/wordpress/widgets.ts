import { cache } from 'react';
import { z } from 'zod';
import { sanitizePostHtml, type ContentPolicy } from '../content/sanitize';
import { wpFetch } from './client';
import { NotFoundError } from './errors';
import { logNoticeOnce } from './log';
import { contentPolicy } from './policy';
import { tags } from './tags';

// The site's widget areas and what WordPress renders in them (the companion plugin's
// /pressfront/v1/widgets): the Bridge's own two (a sidebar, the footer) and any the PHP theme or a
// plugin registered. Widget output is untrusted HTML, sanitized like a post's body.

const wpWidgetAreas = z.object({
  areas: z
    .array(
      z.object({
        id: z.string().regex(/^[\w-]{1,100}$/),
        name: z.string().max(200).catch(''),
        role: z.enum(['sidebar', 'footer']).nullable().catch(null),
        html: z.string().max(500_000).catch(''),
      }),
    )
    .max(100),
});
export type WpWidgetAreas = z.infer<typeof wpWidgetAreas>;

export interface WidgetArea {
  id: string;
  name: string;
  /** What a Pressfront theme shows it as: the Bridge's areas; null for the PHP theme's or a plugin's. */
  role: 'sidebar' | 'footer' | null;
  /** The widgets' output, sanitized; empty when the area has none. */
  html: string;
}

export function reshapeWidgetAreas(raw: WpWidgetAreas, policy: ContentPolicy): WidgetArea[] {
  return raw.areas.map((area) => ({
    id: area.id,
    name: area.name || area.id,
    role: area.role,
    html: area.html.trim() ? sanitizePostHtml(area.html, policy).trim() : '',
  }));
}

/**
 * The widget areas; none without the plugin (said once). Read under the posts' and terms' tags
 * too: Recent Posts, Categories and the like change with them.
 */
export const getWidgetAreas = cache(async (): Promise<WidgetArea[]> => {
  try {
    const { data } = await wpFetch({
      path: '/pressfront/v1/widgets',
      schema: wpWidgetAreas,
      tags: [tags.widgets, tags.posts, tags.terms],
      notFound: 'the widget areas (the companion plugin)',
    });
    return reshapeWidgetAreas(data, contentPolicy());
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  logNoticeOnce(
    'widgets-without-plugin',
    'WordPress has no /pressfront/v1/widgets (the Pressfront Bridge plugin is not active): widgets are not shown.',
  );
  return [];
});
