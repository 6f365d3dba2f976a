import { permanentRedirect } from 'next/navigation';
import type { View } from '@/lib/wordpress';
import {
  getBlogPage,
  getPageById,
  getPostById,
  getReadingSettings,
  getSite,
  NotFoundError,
  searchPosts,
  type Site,
} from '@/lib/wordpress';
import { searchQuery } from './search-query';
import { loadOrNotFound } from './translate-error';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Page `page` of the front page, as WordPress serves it from the same URLs: with ?s=, search
 * results; with a static front page (Settings → Reading), that page; else the latest posts,
 * sticky ones first on page 1.
 */
export async function loadFrontPage(params: SearchParams, page: number): Promise<{ site: Site; view: View }> {
  await redirectShortlink(params);
  const query = searchQuery(params);
  if (query !== null) return loadSearch(query, page);
  return loadOrNotFound(async () => {
    const [site, settings] = await Promise.all([getSite(), getReadingSettings()]);
    const { frontPage } = settings;
    if (frontPage.kind === 'page') {
      // The latest posts live on the posts page then; the front page is one page, not a listing.
      if (page > 1) throw new NotFoundError(`front page ${page}`);
      const front = await getPageById(frontPage.pageId);
      return { site, view: { kind: 'singular', entry: { type: 'page', page: front }, isFrontPage: true } };
    }
    const { sticky, posts } = await getBlogPage(page);
    return { site, view: { kind: 'home', sticky, posts, path: '/', isFrontPage: true } };
  });
}

/**
 * WordPress's shortlinks, `/?p=123` and `/?page_id=45` (wp_get_shortlink, and every permalink of a
 * site that once used plain permalinks): a 308 to the post's or page's permalink.
 */
async function redirectShortlink(params: SearchParams): Promise<void> {
  const id = (key: string) => {
    const value = params[key];
    return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
  };
  const postId = id('p');
  const pageId = id('page_id');
  if (postId === null && pageId === null) return;
  const target = await loadOrNotFound(async () =>
    postId !== null ? (await getPostById(postId)).path : (await getPageById(pageId as number)).path,
  );
  permanentRedirect(target);
}

/** Page `page` of the results for `query` (from `/?s=` or `/search/{query}/`). */
export async function loadSearch(query: string, page: number): Promise<{ site: Site; view: View }> {
  return loadOrNotFound(async () => {
    const [site, posts] = await Promise.all([getSite(), searchPosts(query, page)]);
    return { site, view: { kind: 'search', query, posts } };
  });
}
