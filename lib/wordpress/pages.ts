import { cache } from 'react';
import { z } from 'zod';
import { wpFetch, type WpResponse } from './client';
import { contentPolicy } from './policy';
import { pageFields, wpPage } from './schemas';
import { tags } from './tags';
import type { NavItem, Page } from './types';
import { getConfig } from '../config';
import { htmlToText } from '../content/text';
import { reshapePage, toSitePath } from './reshape';

/** The REST read for published pages with this slug: several when pages under different parents share it. */
export function pagesBySlugRequest(slug: string) {
  return {
    path: '/wp/v2/pages',
    query: { slug, _embed: 'wp:featuredmedia', _fields: pageFields },
    schema: z.array(wpPage),
    tags: [tags.pages, tags.pageSlug(slug)],
  };
}

export function toPages({ data }: WpResponse<z.infer<typeof wpPage>[]>): Page[] {
  const policy = contentPolicy();
  return data.map((raw) => reshapePage(raw, policy));
}

const wpPageLink = z.object({
  id: z.number().int(),
  title: z.object({ rendered: z.string() }),
  link: z.string(),
});
const MAX_TOP_PAGES = 5;

/** Top-level pages in menu order, as navigation items (the fallback when there is no menu). */
export const listTopPages = cache(async (): Promise<NavItem[]> => {
  const { data } = await wpFetch({
    path: '/wp/v2/pages',
    query: {
      parent: 0,
      orderby: 'menu_order',
      order: 'asc',
      per_page: MAX_TOP_PAGES,
      _fields: 'id,title,link',
    },
    schema: z.array(wpPageLink),
    tags: [tags.pages],
  });
  const { wordpressHomeUrl: wordpressUrl } = getConfig();
  return data.map((p) => ({ label: htmlToText(p.title.rendered), path: toSitePath(p.link, wordpressUrl) }));
});

/** One published page by id (the static front page). */
export const getPageById = cache(async (id: number): Promise<Page> => {
  const { data } = await wpFetch({
    path: `/wp/v2/pages/${id}`,
    query: { _embed: 'wp:featuredmedia', _fields: pageFields },
    schema: wpPage,
    tags: [tags.pages, tags.page(id)],
    notFound: `page ${id}`,
  });
  return reshapePage(data, contentPolicy());
});
