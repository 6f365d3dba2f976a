import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { wpFetch } from './client';
import { getContentModel } from './content-model';
import { toSitePath } from './reshape';
import { tags } from './tags';

/** URLs per sitemap file (the protocol allows 50,000; smaller files are kinder to crawlers and to WordPress). */
export const SITEMAP_SIZE = 1000;
const REST_PAGE = 100;

/** A REST collection a sitemap lists, under the name its files take (`posts` → posts-1.xml). */
export interface SitemapSource {
  name: string;
  path: string;
  fields: string;
  query: Record<string, string | number | boolean>;
  tag: string;
}

const dated = 'link,modified_gmt';
/** WordPress's own: posts, pages, categories and tags in use, and authors with published posts. */
const BUILTIN_SOURCES: SitemapSource[] = [
  { name: 'posts', path: '/wp/v2/posts', fields: dated, query: {}, tag: tags.posts },
  { name: 'pages', path: '/wp/v2/pages', fields: dated, query: {}, tag: tags.pages },
  {
    name: 'categories',
    path: '/wp/v2/categories',
    fields: 'link',
    query: { hide_empty: true },
    tag: tags.terms,
  },
  { name: 'tags', path: '/wp/v2/tags', fields: 'link', query: { hide_empty: true }, tag: tags.terms },
  // WordPress lists only authors with published posts to the public.
  { name: 'authors', path: '/wp/v2/users', fields: 'link', query: {}, tag: tags.authors },
];

/**
 * Every collection the sitemap lists: WordPress's own, then each post type and taxonomy a plugin
 * registered (`type-event`, `taxonomy-event-venue`), as the site's content model has them.
 */
export const getSitemapSources = cache(async (): Promise<SitemapSource[]> => {
  const model = await getContentModel();
  return [
    ...BUILTIN_SOURCES,
    ...model.types
      .filter((t) => !t.builtin)
      .map((t) => ({
        name: `type-${t.name}`,
        path: t.restPath,
        fields: dated,
        query: {},
        tag: tags.postType(t.name),
      })),
    ...model.taxonomies
      .filter((t) => !t.builtin)
      .map((t) => ({
        name: `taxonomy-${t.name}`,
        path: t.restPath,
        fields: 'link',
        query: { hide_empty: true },
        tag: tags.terms,
      })),
  ];
});

const entry = z.object({ link: z.string(), modified_gmt: z.string().optional() });

export interface SitemapEntry {
  path: string;
  /** ISO 8601 in UTC; absent for terms and authors, which WordPress does not date. */
  lastModified?: string;
}

/** How many objects of a kind there are (X-WP-Total), to split the sitemap index. */
export const countSitemapObjects = cache(async ({ path, query, tag }: SitemapSource): Promise<number> => {
  const { headers } = await wpFetch({
    path,
    query: { ...query, per_page: 1, _fields: 'id' },
    schema: z.array(z.unknown()),
    tags: [tag],
  });
  return Number(headers.get('X-WP-Total') ?? '0');
});

/** Sitemap file `page` (from 1) of a kind: up to SITEMAP_SIZE entries, in REST pages of 100. */
export const getSitemapEntries = cache(
  async (source: SitemapSource, page: number): Promise<SitemapEntry[]> => {
    const { name, path, fields, query, tag } = source;
    const { wordpressHomeUrl: wordpressUrl } = getConfig();
    const perFile = SITEMAP_SIZE / REST_PAGE;
    const first = (page - 1) * perFile + 1;
    const entries: SitemapEntry[] = [];
    for (let restPage = first; restPage < first + perFile; restPage++) {
      const { data, headers } = await wpFetch({
        path,
        query: {
          ...query,
          per_page: REST_PAGE,
          page: restPage,
          orderby: 'id',
          order: 'asc',
          _fields: fields,
        },
        schema: z.array(entry),
        tags: [tag],
        notFound: `${name} sitemap page ${page}`,
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
  },
);
