import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIXTURE_WORDPRESS_URL as WP, loadFixture } from '@/lib/wordpress/__fixtures__/load';
import { reshapePost, reshapeSite } from '@/lib/wordpress/reshape';
import { wpIndex, wpPost } from '@/lib/wordpress/schemas';
import type { Post } from '@/lib/wordpress/types';
import type { View } from '@/lib/wordpress';
import { jsonForScript, viewJsonLd } from './json-ld';

const ORIGIN = 'https://news.example.com';
const site = reshapeSite(wpIndex.parse(loadFixture('index').body));
const post = z
  .array(wpPost)
  .parse(loadFixture('post-long-form').body)
  .map((raw) => reshapePost(raw, { wordpressUrl: WP, embedHosts: [] }))[0] as Post;

describe('structured data', () => {
  it('describes a post as a BlogPosting with author, publisher and image, and its breadcrumbs', () => {
    const [article, crumbs] = viewJsonLd(site, { kind: 'singular', entry: { type: 'post', post } }, ORIGIN);
    expect(article).toMatchObject({
      '@type': 'BlogPosting',
      headline: post.title,
      url: `${ORIGIN}/harbour-towns-sign-tidal-power-pact/`,
      datePublished: '2026-11-20T09:00:00Z',
      author: { '@type': 'Person', name: 'Marta Quinn', url: `${ORIGIN}/author/marta-quinn/` },
      publisher: { '@type': 'Organization', name: 'Pressfront Daily' },
      image: { '@type': 'ImageObject', width: 1600, height: 1000 },
    });
    expect(crumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, item: `${ORIGIN}/` },
        { position: 2, name: 'Climate' },
        { position: 3, name: post.title },
      ],
    });
  });

  it('gives the front page a WebSite with a SearchAction', () => {
    const pageInfo = { page: 1, perPage: 10, total: 0, totalPages: 0, hasPrevious: false, hasNext: false };
    const view: View = {
      kind: 'home',
      sticky: [],
      posts: { items: [], pageInfo },
      path: '/',
      isFrontPage: true,
    };
    const [website] = viewJsonLd(site, view, ORIGIN);
    expect(website).toMatchObject({
      '@type': 'WebSite',
      potentialAction: { target: { urlTemplate: `${ORIGIN}/?s={search_term_string}` } },
    });
  });

  it('cannot close its <script> element, whatever a title holds', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>\u2028' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>\u2028' });
  });
});
