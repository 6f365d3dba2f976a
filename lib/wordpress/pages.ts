import { cache } from 'react';
import { z } from 'zod';
import { wpFetch } from './client';
import { contentPolicy } from './policy';
import { NotFoundError } from './errors';
import { reshapePage } from './reshape';
import { pageFields, wpPage } from './schemas';
import { isPlausibleSlug } from './slug';
import { tags } from './tags';
import type { Page } from './types';

/** One published page by slug. */
export const getPageBySlug = cache(async (slug: string): Promise<Page> => {
  if (!isPlausibleSlug(slug)) throw new NotFoundError(`page "${slug}"`);
  const { data } = await wpFetch({
    path: '/wp/v2/pages',
    query: { slug, _embed: 'wp:featuredmedia', _fields: pageFields },
    schema: z.array(wpPage),
    tags: [tags.pages, tags.pageSlug(slug)],
  });
  const [raw] = data;
  if (!raw) throw new NotFoundError(`page "${slug}"`);
  return reshapePage(raw, contentPolicy());
});
