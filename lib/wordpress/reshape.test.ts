import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_HOSTS } from '../config';
import { FIXTURE_WORDPRESS_URL as WP, loadFixture } from './__fixtures__/load';
import {
  reshapeMedia,
  reshapePage,
  reshapePost,
  reshapePostSummary,
  reshapeSite,
  toSitePath,
} from './reshape';
import { wpIndex, wpPage, wpPost, wpPostSummary } from './schemas';
import { z } from 'zod';

const policy = { wordpressUrl: WP, embedHosts: DEFAULT_EMBED_HOSTS };
const summaries = (name: string) => z.array(wpPostSummary).parse(loadFixture(name).body);
const posts = (name: string) => z.array(wpPost).parse(loadFixture(name).body);

describe('reshapePost on the recorded long-form post', () => {
  const [raw] = posts('post-long-form');
  const post = reshapePost(raw!, policy);

  it('keeps identity and the permalink as a site path', () => {
    expect(post.slug).toBe('harbour-towns-sign-tidal-power-pact');
    expect(post.path).toBe('/harbour-towns-sign-tidal-power-pact/');
  });

  it('decodes the title and excerpt to plain text', () => {
    expect(post.title).toBe('Harbour towns sign a tidal power pact, pledging to keep each other’s lights on');
    expect(post.excerpt).toMatch(/^Three harbour towns that spent a century competing/);
    expect(post.excerpt).not.toMatch(/<|&#/);
  });

  it('reads dates as UTC instants', () => {
    expect(post.publishedAt).toBe('2026-11-20T09:00:00Z');
    expect(Number.isNaN(Date.parse(post.modifiedAt))).toBe(false);
  });

  it('embeds the author and terms from the same response', () => {
    expect(post.author).toMatchObject({
      name: 'Marta Quinn',
      slug: 'marta-quinn',
      path: '/author/marta-quinn/',
    });
    expect(post.categories.map((c) => c.slug).sort()).toEqual(['climate', 'news']);
    expect(post.tags.map((t) => t.slug).sort()).toEqual(['cities', 'diplomacy', 'energy', 'oceans']);
    expect(post.categories.find((c) => c.slug === 'climate')?.path).toBe('/category/science/climate/');
  });

  it('builds the featured image with every same-ratio size, smallest first', () => {
    const image = post.featuredImage!;
    expect(image.alt).toMatch(/crowded city square/);
    expect(image.caption).toBe(
      'Residents gather in the old market square on the evening the pact was announced.',
    );
    expect(image.width).toBe(1600);
    expect(image.height).toBe(1000);
    const widths = image.sources.map((s) => s.width);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(widths).not.toContain(150); // the square-cropped thumbnail
    expect(widths.at(-1)).toBe(1600);
  });

  it('sanitizes the body but keeps both captioned figures', () => {
    expect(post.contentHtml.match(/<figure class="wp-block-image/g)).toHaveLength(2);
    expect(post.contentHtml.match(/<figcaption/g)?.length).toBeGreaterThanOrEqual(2);
    expect(post.contentHtml).toContain('srcset=');
    expect(post.contentHtml).toContain('width="1600"');
    expect(post.readingMinutes).toBeGreaterThanOrEqual(4);
  });
});

describe('reshapePost on a recorded listing', () => {
  it('is recorded without bodies: listings never fetch them', () => {
    const [raw] = loadFixture('posts-page-1').body as Record<string, unknown>[];
    expect(raw).not.toHaveProperty('content');
    expect(raw).toHaveProperty('excerpt');
  });

  it('reshapes every post of page 1, none sticky', () => {
    const list = summaries('posts-page-1').map((raw) => reshapePostSummary(raw, WP));
    expect(list).toHaveLength(10);
    expect(list.every((p) => !p.sticky && p.path.startsWith('/') && p.title.length > 0)).toBe(true);
  });

  it('marks the sticky post', () => {
    const [sticky] = summaries('posts-sticky').map((raw) => reshapePostSummary(raw, WP));
    expect(sticky?.sticky).toBe(true);
    expect(sticky?.slug).toBe('welcome-to-pressfront-daily');
  });

  it('treats an embedded error (a private author) as no author', () => {
    const [raw] = posts('post-long-form');
    const hidden = { ...raw!, _embedded: { ...raw!._embedded, author: [{ code: 'rest_user_invalid_id' }] } };
    expect(reshapePost(hidden, policy).author).toBeNull();
  });
});

describe('custom fields', () => {
  it('keeps the scalar fields a type shows in REST, as text; lists, objects and odd keys are left out', () => {
    const [raw] = posts('post-long-form');
    const meta = {
      // A key WordPress's JSON may hold, which must not become the object's prototype.
      ...(JSON.parse('{"__proto__": "x"}') as object),
      event_starts: '2026-12-12T19:00',
      seats: 400,
      free: true,
      note: '<script>alert(1)</script>',
      nested: { a: 1 },
      list: ['x'],
      'bad key': 'x',
      nan: Number.NaN,
    };
    const post = reshapePost(wpPost.parse({ ...raw, meta }), policy);
    expect(post.meta).toEqual({
      event_starts: '2026-12-12T19:00',
      seats: 400,
      free: true,
      // Text, rendered as text by whichever theme shows it: React escapes it.
      note: '<script>alert(1)</script>',
    });
    // Anything but an object is no fields at all.
    expect(reshapePost(wpPost.parse({ ...raw, meta: 'x' }), policy).meta).toEqual({});
  });
});

describe('reshapePost shows each thing once', () => {
  const [raw] = posts('post-long-form');

  it('keeps a standfirst the author wrote, and drops one WordPress made from the opening words', () => {
    expect(reshapePost(raw!, policy).standfirst).toMatch(/^Three harbour towns/);
    expect(reshapePost({ ...raw!, pressfront_excerpt_manual: false }, policy).standfirst).toBeNull();
    const opening = '<p>The first words of the story, which the reader is about to read anyway.</p>';
    const generated = {
      ...raw!,
      content: { ...raw!.content, rendered: opening },
      excerpt: {
        ...raw!.excerpt,
        rendered: '<p>The first words of the story, which the reader [&hellip;]</p>',
      },
    };
    expect(reshapePost(generated, policy).standfirst).toBeNull();
  });

  it('does not show the featured image again when the body opens with it', () => {
    const post = reshapePost(raw!, policy);
    expect(post.featuredImage).not.toBeNull();
    expect(post.featuredImageInBody).toBe(false);
    const opensWithIt = {
      ...raw!,
      content: {
        ...raw!.content,
        rendered: `<figure class="wp-block-image"><img class="wp-image-${post.featuredImage!.id}" src="${post.featuredImage!.url}" alt=""></figure>${raw!.content.rendered}`,
      },
    };
    expect(reshapePost(opensWithIt, policy).featuredImageInBody).toBe(true);
  });
});

describe('reshapePage', () => {
  it('reshapes the recorded About page', () => {
    const [raw] = z.array(wpPage).parse(loadFixture('page-about').body);
    const page = reshapePage(raw!, policy);
    expect(page).toMatchObject({ slug: 'about', path: '/about/', title: 'About', featuredImage: null });
    expect(page.contentHtml).toContain('<h2>What we believe</h2>');
  });
});

describe('duotone filters beside a body', () => {
  const [about] = z.array(wpPage).parse(loadFixture('page-about').body);
  const withFilters = (filters: unknown) =>
    reshapePage(wpPage.parse({ ...about, pressfront_duotone_filters: filters }), policy).duotoneFilters;

  it('are read as channel tables, dark to light, and the sanitized body keeps the class that names them', () => {
    expect(
      withFilters([{ id: 'wp-duotone-purple-yellow', colors: ['#8c00b7', 'rgb(252, 255, 0)'] }]),
    ).toEqual([{ id: 'wp-duotone-purple-yellow', r: [140 / 255, 252 / 255], g: [0, 1], b: [183 / 255, 0] }]);
    const page = reshapePage(
      wpPage.parse({
        ...about,
        content: {
          rendered:
            '<figure class="wp-block-image wp-duotone-purple-yellow"><img src="https://example.test/a.jpg" alt="" /></figure>',
        },
      }),
      policy,
    );
    expect(page.contentHtml).toContain('wp-duotone-purple-yellow');
  });

  it('leave out what is not a filter they can draw, and a field that is not a list', () => {
    expect(
      withFilters([
        { id: 'wp-duotone-x"><script>', colors: ['#000', '#fff'] },
        { id: 'wp-duotone-one', colors: ['#000'] },
        { id: 'wp-duotone-named', colors: ['#000', 'url(javascript:alert(1))'] },
      ]),
    ).toEqual([]);
    expect(withFilters('<svg onload=alert(1)>')).toEqual([]);
  });
});

describe('reshapeSite', () => {
  it('reads the REST index, with the language from the settings', () => {
    const site = reshapeSite(wpIndex.parse(loadFixture('index').body), 'pt-PT');
    expect(site).toEqual({
      name: 'Pressfront Daily',
      description: 'Independent news, slow journalism and the occasional 🍿',
      url: WP,
      timeZone: 'Europe/Lisbon',
      iconUrl: null,
      language: 'pt-PT',
      // No theme activated in wp-admin: the default renders.
      theme: null,
      themeOptions: {},
      logo: null,
    });
  });

  it('reads the theme activated in wp-admin (the companion plugin adds it to the index)', () => {
    const site = (pressfront_theme?: string) =>
      reshapeSite(wpIndex.parse({ name: 'S', home: WP, pressfront_theme })).theme;
    expect(site('paper')).toBe('paper');
    expect(site('')).toBeNull();
    expect(site(undefined)).toBeNull();
  });

  it('turns a manual UTC offset into a zone Intl understands', () => {
    const site = (gmt_offset: number) =>
      reshapeSite(wpIndex.parse({ name: 'S', home: WP, gmt_offset, timezone_string: '' })).timeZone;
    expect(site(5.5)).toBe('+05:30');
    expect(site(-3)).toBe('-03:00');
    expect(site(0)).toBe('UTC');
  });
});

describe('reshapeMedia', () => {
  it('copes with media that has no size details', () => {
    const media = reshapeMedia({ id: 1, source_url: `${WP}/x.jpg`, alt_text: '' });
    expect(media).toMatchObject({ url: `${WP}/x.jpg`, width: 0, height: 0, sources: [] });
  });

  it('ignores non-image attachments', () => {
    expect(reshapeMedia({ id: 1, source_url: `${WP}/x.pdf`, alt_text: '', media_type: 'file' })).toBeNull();
  });
});

describe('toSitePath', () => {
  it('drops the WordPress host', () => {
    expect(toSitePath(`${WP}/hello/`, WP)).toBe('/hello/');
    expect(toSitePath(`${WP}/`, WP)).toBe('/');
    expect(toSitePath(`${WP}/?p=5`, WP)).toBe('/?p=5');
  });

  it('drops a WordPress installed in a sub-folder', () => {
    expect(toSitePath('https://example.com/blog/hello/', 'https://example.com/blog')).toBe('/hello/');
  });

  it('leaves links to other hosts alone', () => {
    expect(toSitePath('https://elsewhere.test/a/', WP)).toBe('https://elsewhere.test/a/');
  });
});
