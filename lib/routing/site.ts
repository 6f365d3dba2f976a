import { connection } from 'next/server';
import { fallbackSite, getSite, type Site } from '../wordpress';

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
