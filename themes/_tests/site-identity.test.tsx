import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FIXTURE_WORDPRESS_URL, loadFixture } from '@/lib/wordpress/__fixtures__/load';
import { reshapePostSummary, reshapeSite } from '@/lib/wordpress/reshape';
import { wpIndex, wpPostSummary } from '@/lib/wordpress/schemas';
import { translator } from '@/lib/i18n/translate';
import { themes } from '../_engine/registry';

const t = translator('en-US');

// What the site owner sets in wp-admin shows in every installed theme (none is named here): the
// site identity in the header, and the options the shared parts read.

const site = {
  ...reshapeSite(wpIndex.parse(loadFixture('index').body)),
  logo: { url: 'http://127.0.0.1:8790/wp-content/uploads/logo.png', width: 240, height: 80, alt: 'Logo' },
};
const [first] = loadFixture('posts-page-1').body as unknown[];
const post = reshapePostSummary(wpPostSummary.parse(first), FIXTURE_WORDPRESS_URL);

describe.each(Object.values(themes))('theme "$name"', (theme) => {
  const { Header, PostMeta } = theme.slots;

  it('shows the site logo, title and tagline from WordPress', () => {
    const html = renderToStaticMarkup(<Header site={site} navigation={[]} slots={theme.slots} t={t} />);
    expect(html).toContain(`src="${site.logo.url}"`);
    expect(html).toContain(site.name);
    expect(html).toContain(site.description);
    expect(
      renderToStaticMarkup(
        <Header site={{ ...site, logo: null }} navigation={[]} slots={theme.slots} t={t} />,
      ),
    ).not.toContain('<img');
  });

  it('shows or hides the byline, date and reading time as the owner chose', () => {
    const shown = renderToStaticMarkup(
      <PostMeta post={post} site={site} readingMinutes={4} options={theme.options.defaults} t={t} />,
    );
    expect(shown).toContain(post.author!.name);
    expect(shown).toContain('<time');
    expect(shown).toContain('4 min read');
    const hidden = renderToStaticMarkup(
      <PostMeta
        post={post}
        site={site}
        readingMinutes={4}
        options={{ ...theme.options.defaults, showAuthor: false, showReadingTime: false }}
        t={t}
      />,
    );
    expect(hidden).not.toContain(post.author!.name);
    expect(hidden).toContain('<time');
    expect(hidden).not.toContain('min read');
  });

  it('speaks the site’s language: Arabic and Portuguese', () => {
    const arabic = renderToStaticMarkup(
      <Header site={site} navigation={[]} slots={theme.slots} t={translator('ar')} />,
    );
    expect(arabic).toContain('>بحث</button>');
    expect(arabic).toContain('placeholder="ابحث…"');
    expect(arabic).toContain('>استخدم الألوان الداكنة</span>');
    expect(arabic).not.toContain('Search');
    const portuguese = renderToStaticMarkup(
      <PostMeta
        post={post}
        site={site}
        readingMinutes={4}
        options={theme.options.defaults}
        t={translator('pt-PT')}
      />,
    );
    expect(portuguese).toContain('Por');
    expect(portuguese).toContain('4 min de leitura');
  });
});
