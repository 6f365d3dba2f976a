import { cache } from 'react';
import { z } from 'zod';
import { sanitizePostHtml, type ContentPolicy } from '../content/sanitize';
import { htmlToText } from '../content/text';
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
        /** Widget by widget (a Bridge older than this sends the area whole only). */
        widgets: z
          .array(
            z.object({
              kind: z.enum(['html', 'search']).catch('html'),
              title: z.string().max(500).catch(''),
              html: z.string().max(500_000).catch(''),
            }),
          )
          .max(200)
          .optional()
          .catch(undefined),
      }),
    )
    .max(100),
});
export type WpWidgetAreas = z.infer<typeof wpWidgetAreas>;

/**
 * One widget: its output (sanitized), or — for the widgets that are a search form, which WordPress
 * prints as markup content never keeps — the theme's own search form under the widget's title.
 */
export type Widget = { kind: 'html'; html: string } | { kind: 'search'; title: string };

export interface WidgetArea {
  id: string;
  name: string;
  /** What a Pressfront theme shows it as: the Bridge's areas; null for the PHP theme's or a plugin's. */
  role: 'sidebar' | 'footer' | null;
  /** The widgets' output, sanitized; empty when the area has none. */
  html: string;
  /** The same, widget by widget; empty when the area has none. */
  widgets: Widget[];
}

export function reshapeWidgetAreas(raw: WpWidgetAreas, policy: ContentPolicy): WidgetArea[] {
  const clean = (html: string) => (html.trim() ? sanitizePostHtml(html, policy).trim() : '');
  return raw.areas.map((area) => {
    const widgets: Widget[] = (
      area.widgets ?? [{ kind: 'html' as const, title: '', html: area.html }]
    ).flatMap((widget): Widget[] => {
      if (widget.kind === 'search') return [{ kind: 'search', title: htmlToText(widget.title) }];
      const html = clean(widget.html);
      return html ? [{ kind: 'html', html }] : [];
    });
    return { id: area.id, name: area.name || area.id, role: area.role, html: clean(area.html), widgets };
  });
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
