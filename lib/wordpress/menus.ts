import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { adminRead } from './admin-read';
import { getBlockNavigation } from './block-navigation';
import { htmlToText } from '../content/text';
import { logNoticeOnce } from './log';
import { getSections } from './navigation';
import { listTopPages } from './pages';
import { toSitePath } from './reshape';
import { tags } from './tags';
import type { NavItem } from './types';

/** Menu locations the Pressfront Bridge plugin registers for the frontend's header and footer. */
export type MenuLocation = 'primary' | 'footer';

const wpLocations = z.record(z.string(), z.object({ name: z.string(), menu: z.number().int() }));
const wpMenuItem = z.object({
  id: z.number().int(),
  title: z.object({ rendered: z.string() }),
  url: z.string(),
  parent: z.number().int().default(0),
  menu_order: z.number().int().default(0),
});
type WpMenuItem = z.infer<typeof wpMenuItem>;

/** WordPress caps per_page at 100; a menu with more items is not navigation. */
const MAX_ITEMS = 100;

/**
 * The menu WordPress assigns to `location`, nested as the editor arranged it; null when there is
 * no such menu or WordPress will not show menus (they need an administrator's Application Password).
 */
export const getMenu = cache(async (location: MenuLocation): Promise<NavItem[] | null> => {
  if (!getConfig().credentials) return null;
  const locations = await adminRead({
    path: '/wp/v2/menu-locations',
    schema: wpLocations,
    tags: [tags.menu(location)],
  });
  const menuId = locations?.[location]?.menu;
  if (!menuId) return null;
  const items = await adminRead({
    path: '/wp/v2/menu-items',
    query: { menus: menuId, per_page: MAX_ITEMS, _fields: 'id,title,url,parent,menu_order' },
    schema: z.array(wpMenuItem),
    tags: [tags.menu(location)],
  });
  return items ? nestMenuItems(items, getConfig().wordpressHomeUrl) : null;
});

/** Flat menu items (each naming its parent) as a tree, in menu order; orphans go to the top. */
export function nestMenuItems(items: WpMenuItem[], wordpressUrl: string): NavItem[] {
  const sorted = [...items].sort((a, b) => a.menu_order - b.menu_order);
  const ids = new Set(sorted.map((i) => i.id));
  const build = (parent: number, depth: number): NavItem[] =>
    sorted
      .filter((i) => (parent === 0 ? i.parent === 0 || !ids.has(i.parent) : i.parent === parent))
      .map((i) => {
        const children = depth < 3 ? build(i.id, depth + 1) : [];
        return {
          label: htmlToText(i.title.rendered),
          path: toSitePath(i.url, wordpressUrl),
          ...(children.length > 0 ? { children } : {}),
        };
      });
  return build(0, 0);
}

/**
 * The header navigation: the `primary` menu when WordPress has one for us, else the block theme's
 * Navigation (its wp_navigation post), else the top categories followed by the top-level pages
 * (said once in the server log; without an Application Password, that the menus could not be read).
 */
export const getNavigation = cache(async (): Promise<NavItem[]> => {
  const menu = await getMenu('primary');
  if (menu) return menu;
  const blocks = await getBlockNavigation();
  if (!getConfig().credentials)
    logNoticeOnce(
      'navigation-fallback',
      `Menus need an Application Password (WORDPRESS_APP_USER/PASSWORD): the navigation shows ${
        blocks ? 'the site’s Navigation block menu' : 'top categories and pages'
      }.`,
    );
  else if (!blocks)
    logNoticeOnce(
      'navigation-fallback',
      'No menu is assigned to the "primary" location and WordPress has no Navigation block menu: the navigation shows top categories and pages.',
    );
  if (blocks) return blocks;
  const [sections, pages] = await Promise.all([getSections(), listTopPages()]);
  return [...sections, ...pages];
});
