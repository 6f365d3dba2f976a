import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { wpFetch } from './client';
import { reshapeTerm } from './reshape';
import { termFields, wpTerm } from './schemas';
import { tags } from './tags';
import type { NavItem, Term } from './types';

const MAX_SECTIONS = 7;

/**
 * The site's sections: top-level categories that have posts, busiest first. WordPress menus need
 * authentication over REST; until they are read, this is the navigation every theme gets.
 */
export const getSections = cache(async (): Promise<NavItem[]> => {
  const { data } = await wpFetch({
    path: '/wp/v2/categories',
    query: {
      parent: 0,
      hide_empty: true,
      orderby: 'count',
      order: 'desc',
      per_page: MAX_SECTIONS,
      _fields: termFields,
    },
    schema: z.array(wpTerm),
    tags: [tags.terms],
  });
  const wordpressUrl = getConfig().wordpressHomeUrl;
  return data
    .map((raw) => reshapeTerm(raw, wordpressUrl))
    .filter((term): term is Term => term !== null)
    .map((term) => ({ label: term.name, path: term.path }));
});
