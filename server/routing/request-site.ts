import { connection } from 'next/server';
import {
  fallbackSite,
  getMenu,
  getNavigation,
  getSite,
  getWidgetAreas,
  type NavItem,
  type Site,
  type Widget,
} from '@/lib/wordpress';
import { getDesign, type SiteDesign } from '@/lib/wordpress/design';

/**
 * The site for the layout and error pages, which must render even when WordPress is away:
 * the failure is already logged by the data layer, so fall back quietly.
 */
export async function getSiteOrFallback(): Promise<Site> {
  await connection();
  try {
    return await getSite();
  } catch {
    return fallbackSite();
  }
}

/** The header and footer menus for the layout; none when WordPress is away (already logged). */
export async function getMenusOrNone(): Promise<{ header: NavItem[]; footer: NavItem[] }> {
  await connection();
  const [header, footer] = await Promise.all([
    getNavigation().catch(() => []),
    getMenu('footer').catch(() => null),
  ]);
  return { header, footer: footer ?? [] };
}

/**
 * The Pressfront widget areas' widgets (none where an area has none); none when WordPress is away
 * (already logged).
 */
export async function getWidgetsOrNone(): Promise<{ sidebar: Widget[]; footer: Widget[] }> {
  await connection();
  const areas = await getWidgetAreas().catch(() => []);
  const of = (role: 'sidebar' | 'footer') => areas.find((area) => area.role === role)?.widgets ?? [];
  return { sidebar: of('sidebar'), footer: of('footer') };
}

/** The site's design for the layout and the content; none when WordPress is away (already logged). */
export async function getDesignOrNone(): Promise<SiteDesign | null> {
  await connection();
  return getDesign().catch(() => null);
}
