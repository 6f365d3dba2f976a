import { cache } from 'react';
import { getConfig } from '../../config';
import { logOnce } from '../../log';
import { BoundedMap } from '../../util/bounded-map';
import { wpFetch } from '../client';
import { NotFoundError } from '../errors';
import { logNoticeOnce } from '../log';
import { tags } from '../tags';
import { reshapeDesign } from './reshape';
import { wpDesign, type WpDesign } from './schema';
import type { SiteDesign } from './types';

// A design changes when its owner saves Styles: read it once per answer, not once per page.
const reshaped = new BoundedMap<string, SiteDesign>({ maxEntries: 8 });

function fromAnswer(raw: WpDesign): SiteDesign {
  const key = JSON.stringify(raw);
  const known = reshaped.get(key);
  if (known) return known;
  const { design, problems } = reshapeDesign(raw, new URL(getConfig().wordpressHomeUrl).origin);
  for (const problem of problems) {
    logOnce(`design:${problem.where}:${problem.reason}:${problem.text}`, 'error', 'design', {
      message: 'WordPress’s design data has a value Pressfront will not use: dropped',
      ...problem,
    });
  }
  reshaped.set(key, design);
  return design;
}

/**
 * The site's design, resolved by WordPress (the companion plugin's /pressfront/v1/design), checked
 * and reshaped. Null without the plugin: the themes' own look, said once in the log.
 */
export const getDesign = cache(async (): Promise<SiteDesign | null> => {
  try {
    const { data } = await wpFetch({
      path: '/pressfront/v1/design',
      schema: wpDesign,
      tags: [tags.design],
      notFound: 'the site design (the companion plugin)',
    });
    return fromAnswer(data);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    logNoticeOnce(
      'design-without-plugin',
      'WordPress has no /pressfront/v1/design (the Pressfront Bridge plugin is not active): block ' +
        'content keeps its classes but not the site’s palette, sizes and layout, and the "site" theme ' +
        'shows Pressfront’s defaults.',
    );
    return null;
  }
});
