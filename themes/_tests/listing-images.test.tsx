import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FIXTURE_WORDPRESS_URL, loadFixture } from '@/lib/wordpress/__fixtures__/load';
import { reshapePostSummary, reshapeSite } from '@/lib/wordpress/reshape';
import { wpIndex, wpPostSummary } from '@/lib/wordpress/schemas';
import { translator } from '@/lib/i18n/translate';
import { PostGrid, PostList } from '../base/templates/listing';
import { themes } from '../_engine/registry';

// A listing's first card is above the fold on a phone: its image is the page's largest paint and
// loads first; the rest load as they are scrolled to. Lists further down a page (a post's related
// stories) load every image lazily.

const t = translator('en-US');
const site = reshapeSite(wpIndex.parse(loadFixture('index').body));
const posts = (loadFixture('posts-page-1').body as unknown[])
  .map((raw) => reshapePostSummary(wpPostSummary.parse(raw), FIXTURE_WORDPRESS_URL))
  .filter((post) => post.featuredImage);

const images = (html: string) =>
  [...html.matchAll(/<img [^>]*>/g)].map(([img]) => ({
    loading: /loading="(\w+)"/.exec(img)?.[1],
    priority: /fetchPriority="(\w+)"/i.exec(img)?.[1],
  }));

describe.each(Object.values(themes))('theme "$name"', (theme) => {
  const props = { t, site, slots: theme.slots, posts, options: theme.options.defaults };

  it('loads the main listing’s first image first and the others lazily', () => {
    expect(posts.length).toBeGreaterThan(2);
    const shown = images(renderToStaticMarkup(<PostList {...props} />));
    if (shown.length === 0) return; // a theme whose cards have no pictures (paper)
    expect(shown[0]).toEqual({ loading: 'eager', priority: 'high' });
    for (const image of shown.slice(1)) expect(image).toEqual({ loading: 'lazy', priority: undefined });
  });

  it('loads every image of a listing further down the page lazily', () => {
    for (const image of images(renderToStaticMarkup(<PostGrid {...props} />)))
      expect(image).toEqual({ loading: 'lazy', priority: undefined });
  });
});
