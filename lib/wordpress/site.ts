import { cache } from 'react';
import { getConfig } from '../config';
import { wpFetch } from './client';
import { reshapeSite } from './reshape';
import { indexFields, wpIndex } from './schemas';
import { tags } from './tags';
import type { Site } from './types';

/** Site name, tagline, home URL, time zone and icon, from the REST index. */
export const getSite = cache(async (): Promise<Site> => {
  const { data } = await wpFetch({
    path: '/',
    query: { _fields: indexFields },
    schema: wpIndex,
    tags: [tags.site],
  });
  return reshapeSite(data);
});

/** Used where a page must render even when WordPress is away (layout, error pages). */
export function fallbackSite(): Site {
  const { wordpressUrl } = getConfig();
  return { name: 'Pressfront', description: '', url: wordpressUrl, timeZone: 'UTC', iconUrl: null };
}
