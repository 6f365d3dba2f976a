import { connection } from 'next/server';
import { fallbackSite, getSections, getSite, type NavItem, type Site } from '../wordpress';

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

/** The navigation for the layout; none when WordPress is away (already logged). */
export async function getNavigationOrNone(): Promise<NavItem[]> {
  await connection();
  try {
    return await getSections();
  } catch {
    return [];
  }
}
