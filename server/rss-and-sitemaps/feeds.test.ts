import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIXTURE_WORDPRESS_URL as WP, loadFixture } from '@/lib/wordpress/__fixtures__/load';
import { reshapePost, reshapeSite } from '@/lib/wordpress/reshape';
import { wpIndex, wpPost } from '@/lib/wordpress/schemas';
import type { Post } from '@/lib/wordpress/types';
import { absolutizeUrls } from './absolute-urls';
import { buildRss } from './rss';
import { buildSitemapIndex, buildUrlSet } from './sitemap-xml';
import { cdata, xmlText } from './xml';

const ORIGIN = 'https://news.example.com';
const site = reshapeSite(wpIndex.parse(loadFixture('index').body));
const [longForm] = z
  .array(wpPost)
  .parse(loadFixture('post-long-form').body)
  .map((raw) => reshapePost(raw, { wordpressUrl: WP, embedHosts: [] }));
const post = longForm as Post;
const parser = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' });

describe('RSS', () => {
  const channel = {
    title: site.name,
    link: `${ORIGIN}/`,
    self: `${ORIGIN}/feed/`,
    description: site.description,
  };

  it('is well-formed RSS 2.0 with the elements feed validators require', () => {
    const hostile: Post = {
      ...post,
      id: 2,
      title: 'Tom & Jerry <script>',
      contentHtml: '<p>Ends a CDATA ]]> here, and a control char \u0001 too.</p>',
    };
    const xml = buildRss(site, ORIGIN, channel, [post, hostile]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss['@_version']).toBe('2.0');
    const { channel: ch } = rss;
    expect(ch.title).toBe('Pressfront Daily');
    expect(ch.link).toBe(`${ORIGIN}/`);
    expect(ch['atom:link']['@_href']).toBe(`${ORIGIN}/feed/`);
    expect(ch.language).toBe('en-US');
    const [first, second] = ch.item;
    expect(first.link).toBe(`${ORIGIN}/harbour-towns-sign-tidal-power-pact/`);
    expect(first.guid['#text']).toBe(first.link);
    expect(first.pubDate).toBe('Fri, 20 Nov 2026 09:00:00 GMT');
    expect(first['dc:creator']['#cdata']).toBe('Marta Quinn');
    expect(first['content:encoded']['#cdata']).toContain('Dawn over the harbour at Porto Alto');
    expect(second.title).toBe('Tom & Jerry <script>');
    // The body is HTML: its "]]>" arrives escaped; the forbidden control character is gone.
    expect(second['content:encoded']['#cdata']).toBe(
      '<p>Ends a CDATA ]]&gt; here, and a control char  too.</p>',
    );
  });

  it('makes the site’s own paths absolute in bodies, leaving other URLs alone', () => {
    const html =
      '<p><a href="/about/">us</a> <a href="https://example.org/">them</a> <a href="//cdn.example/x">cdn</a></p>' +
      '<img src="/a.jpg" srcset="/a-300.jpg 300w, https://cdn.example/a.jpg 1600w" alt="">';
    const out = absolutizeUrls(html, ORIGIN);
    expect(out).toContain(`href="${ORIGIN}/about/"`);
    expect(out).toContain('href="https://example.org/"');
    expect(out).toContain('href="//cdn.example/x"');
    expect(out).toContain(`srcset="${ORIGIN}/a-300.jpg 300w, https://cdn.example/a.jpg 1600w"`);
  });

  it('escapes text and keeps CDATA closed', () => {
    expect(xmlText(`a & b < "c" 'd' \u0000`)).toBe('a &amp; b &lt; &quot;c&quot; &apos;d&apos; ');
    expect(cdata('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>');
  });
});

describe('sitemaps', () => {
  it('writes an index and url sets that parse, with absolute locations and lastmod', () => {
    const index = buildSitemapIndex([{ url: `${ORIGIN}/sitemaps/posts-1.xml` }]);
    expect(XMLValidator.validate(index)).toBe(true);
    expect(parser.parse(index).sitemapindex.sitemap.loc).toBe(`${ORIGIN}/sitemaps/posts-1.xml`);
    const set = buildUrlSet(ORIGIN, [
      { path: '/a-post/', lastModified: '2026-11-20T09:00:00Z' },
      { path: '/category/news/' },
      { path: '/odd/?x=1&y=<2>' },
    ]);
    expect(XMLValidator.validate(set)).toBe(true);
    const urls = parser.parse(set).urlset.url;
    expect(urls[0]).toEqual({ loc: `${ORIGIN}/a-post/`, lastmod: '2026-11-20T09:00:00Z' });
    expect(urls[1]).toEqual({ loc: `${ORIGIN}/category/news/` });
    expect(urls[2].loc).toBe(`${ORIGIN}/odd/?x=1&y=%3C2%3E`);
  });
});
