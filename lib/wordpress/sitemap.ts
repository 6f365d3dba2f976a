import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { wpFetch } from './client';
import { toSitePath } from './reshape';
import { tags } from './tags';

/** What a sitemap lists, each from its own REST collection. */
export type SitemapKind = 'posts' | 'pages' | 'categories' | 'tags' | 'authors';
export const sitemapKinds: SitemapKind[] = ['posts', 'pages', 'categories', 'tags', 'authors'];

/** URLs per sitemap file (the protocol allows 50,000; smaller files are kinder to crawlers and to WordPress). */
export const SITEMAP_SIZE = 1000;
const REST_PAGE = 100;

const collection: Record<
  SitemapKind,
  { path: string; fields: string; query: Record<string, string | number | boolean> }
> = {
  posts: { path: '/wp/v2/posts', fields: 'link,modified_gmt', query: {} },
  pages: { path: '/wp/v2/pages', fields: 'link,modified_gmt', query: {} },
  categories: { path: '/wp/v2/categories', fields: 'link', query: { hide_empty: true } },
  tags: { path: '/wp/v2/tags', fields: 'link', query: { hide_empty: true } },
  // WordPress lists only authors with published posts to the public.
  authors: { path: '/wp/v2/users', fields: 'link', query: {} },
};
const cacheTag: Record<SitemapKind, string> = {
  posts: tags.posts,
  pages: tags.pages,
  categories: tags.terms,
  tags: tags.terms,
  authors: tags.authors,
};

const entry = z.object({ link: z.string(), modified_gmt: z.string().optional() });

export interface SitemapEntry {
  path: string;
  /** ISO 8601 in UTC; absent for terms and authors, which WordPress does not date. */
  lastModified?: string;
}

/** How many objects of a kind there are (X-WP-Total), to split the sitemap index. */
export const countSitemapObjects = cache(async (kind: SitemapKind): Promise<number> => {
  const { path, query } = collection[kind];
  const { headers } = await wpFetch({
    path,
    query: { ...query, per_page: 1, _fields: 'id' },
    schema: z.array(z.unknown()),
    tags: [cacheTag[kind]],
  });
  return Number(headers.get('X-WP-Total') ?? '0');
});

/** Sitemap file `page` (from 1) of a kind: up to SITEMAP_SIZE entries, in REST pages of 100. */
export const getSitemapEntries = cache(async (kind: SitemapKind, page: number): Promise<SitemapEntry[]> => {
  const { path, fields, query } = collection[kind];
  const { wordpressHomeUrl: wordpressUrl } = getConfig();
  const perFile = SITEMAP_SIZE / REST_PAGE;
  const first = (page - 1) * perFile + 1;
  const entries: SitemapEntry[] = [];
  for (let restPage = first; restPage < first + perFile; restPage++) {
    const { data, headers } = await wpFetch({
      path,
      query: { ...query, per_page: REST_PAGE, page: restPage, orderby: 'id', order: 'asc', _fields: fields },
      schema: z.array(entry),
      tags: [cacheTag[kind]],
      notFound: `${kind} sitemap page ${page}`,
    });
    for (const item of data) {
      entries.push({
        path: toSitePath(item.link, wordpressUrl),
        ...(item.modified_gmt ? { lastModified: `${item.modified_gmt.replace(/Z$/, '')}Z` } : {}),
      });
    }
    if (restPage >= Number(headers.get('X-WP-TotalPages') ?? '1')) break;
  }
  return entries;
});
