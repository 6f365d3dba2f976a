import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { htmlToText } from '../content/text';
import { wpFetch } from './client';
import { NotFoundError } from './errors';
import { toSitePath } from './reshape';
import { tags } from './tags';
import type { NavItem } from './types';

// A block theme's navigation (the Navigation block's `wp_navigation` post, the one its header shows
// or WordPress's fallback), read through the companion plugin's /pressfront/v1/navigation.

interface WpNavigationItem {
  title: string;
  url: string;
  children: WpNavigationItem[];
}
const wpNavigationItem: z.ZodType<WpNavigationItem> = z.lazy(() =>
  z.object({
    title: z.string().catch(''),
    url: z.string().catch(''),
    children: z.array(wpNavigationItem).catch([]),
  }),
);
const wpNavigation = z.object({ id: z.number().int(), items: z.array(wpNavigationItem).catch([]) });

const MAX_DEPTH = 3;

/** The plugin's items as ours: labels as text, WordPress's addresses as site paths. */
export function reshapeNavigationItems(
  items: WpNavigationItem[],
  wordpressUrl: string,
  depth = 0,
): NavItem[] {
  return items.flatMap((item): NavItem[] => {
    const label = htmlToText(item.title);
    const children = depth < MAX_DEPTH ? reshapeNavigationItems(item.children, wordpressUrl, depth + 1) : [];
    // A submenu without a link of its own opens on its first entry's.
    const path = item.url ? toSitePath(item.url, wordpressUrl) : children[0]?.path;
    if (!label || !path) return children;
    return [{ label, path, ...(children.length > 0 ? { children } : {}) }];
  });
}

/** The block navigation's items; null when there is none or the plugin is not there to say. */
export const getBlockNavigation = cache(async (): Promise<NavItem[] | null> => {
  try {
    const { data } = await wpFetch({
      path: '/pressfront/v1/navigation',
      schema: wpNavigation,
      // A Page List follows the pages.
      tags: [tags.navigation, tags.pages],
      notFound: 'the block navigation (the companion plugin)',
    });
    const items = reshapeNavigationItems(data.items, getConfig().wordpressHomeUrl);
    return data.id > 0 && items.length > 0 ? items : null;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});
