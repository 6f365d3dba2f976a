import { cache } from 'react';
import { getConfig } from '../config';
import { wpFetch } from './client';
import { reshapeSite } from './reshape';
import { getReadingSettings } from './settings';
import { indexFields, wpIndex } from './schemas';
import { tags } from './tags';
import type { Site } from './types';

/** Site name, tagline, home URL, time zone and icon from the REST index; language from the settings. */
export const getSite = cache(async (): Promise<Site> => {
  const [{ data }, settings] = await Promise.all([
    wpFetch({ path: '/', query: { _fields: indexFields }, schema: wpIndex, tags: [tags.site] }),
    getReadingSettings(),
  ]);
  return reshapeSite(data, settings.language);
});

/** Used where a page must render even when WordPress is away (layout, error pages). */
export function fallbackSite(): Site {
  const { wordpressHomeUrl } = getConfig();
  return {
    name: 'Pressfront',
    description: '',
    url: wordpressHomeUrl,
    timeZone: 'UTC',
    iconUrl: null,
    language: 'en-US',
    theme: null,
    themeOptions: {},
    logo: null,
  };
}
