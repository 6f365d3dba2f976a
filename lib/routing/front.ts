import type { View } from '@/themes/types';
import { getLatestPosts, getSite, getStickyPosts, searchPosts, type Site } from '../wordpress';
import { searchQuery } from './search';
import { loadOrNotFound } from './translate-error';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Page `page` of the front page: latest posts (sticky ones first on page 1), or, with ?s=, the
 * search results, as WordPress serves both from the same URLs.
 */
export async function loadFrontPage(params: SearchParams, page: number): Promise<{ site: Site; view: View }> {
  const query = searchQuery(params);
  return loadOrNotFound(async () => {
    if (query !== null) {
      const [site, posts] = await Promise.all([getSite(), searchPosts(query, page)]);
      return { site, view: { kind: 'search', query, posts } };
    }
    const [site, sticky, posts] = await Promise.all([
      getSite(),
      page === 1 ? getStickyPosts() : [],
      getLatestPosts(page),
    ]);
    return { site, view: { kind: 'home', sticky, posts } };
  });
}

/** The <title> of a front-page view. */
export function frontPageTitle(params: SearchParams, page: number): string | undefined {
  const query = searchQuery(params);
  const paged = page > 1 ? ` – Page ${page}` : '';
  if (query === null) return page > 1 ? `Page ${page}` : undefined;
  return `${query ? `Search results for “${query}”` : 'Search'}${paged}`;
}
