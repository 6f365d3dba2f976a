import { endpointOf } from '../lib/wordpress/client';
import { pagesBySlugRequest } from '../lib/wordpress/pages';
import { postListRequest, postsBySlugRequest } from '../lib/wordpress/posts';
import { expect, test, wpGet } from './fixtures';

// The Bridge plugin's bundle makes the embeds of post and page reads itself, with core's REST
// controllers, instead of one dispatch per link (src/BundleEmbeds.php). What it answers must
// be exactly what core answers — byte for byte, `_links` included — for every read the frontend
// bundles: single posts, listings, sticky posts, pages, with and without a featured image.

const reads = [
  postsBySlugRequest('harbour-towns-sign-tidal-power-pact'),
  postsBySlugRequest('river-dredging-plan'),
  postListRequest({ sticky: false }, 1),
  postListRequest({ sticky: false }, 2),
  postListRequest({ sticky: true, per_page: 20 }, 1),
  pagesBySlugRequest('about'),
  pagesBySlugRequest('masthead'),
].map((read) => endpointOf(read.path, read.query));

const bundle = (embeds: 'direct' | 'core') =>
  wpGet<{ status: number; body: unknown }[]>(
    endpointOf('/pressfront/v1/bundle', { requests: JSON.stringify(reads), embeds }),
  );

test('the bundle’s own embeds are core’s, for every kind of read the frontend bundles', async () => {
  const [direct, core] = await Promise.all([bundle('direct'), bundle('core')]);
  expect(direct.map((answer) => answer.status)).toEqual(reads.map(() => 200));
  // Something was embedded: authors, featured images and terms all appear.
  const text = JSON.stringify(direct);
  for (const relation of ['"author":[{', '"wp:featuredmedia":[{', '"wp:term":[['])
    expect(text).toContain(relation);
  expect(direct).toEqual(core);
});
