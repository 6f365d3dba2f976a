import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translate';
import { baseElements } from '@/themes/base';
import { PostBody } from '@/components/post-body';

const t = translator('en');
const figure = (name: string) =>
  `<figure class="wp-block-image"><img src="https://wp.test/${name}.jpg" alt="${name}" width="800" height="500" /><figcaption>${name}</figcaption></figure>`;
const render = (html: string, leadImage: boolean) =>
  renderToStaticMarkup(<PostBody html={html} elements={baseElements} t={t} leadImage={leadImage} />);
const imgOf = (markup: string, name: string) =>
  new RegExp(`<img[^>]*alt="${name}"[^>]*>`).exec(markup)?.[0] ?? '';

describe('the lead image of a body', () => {
  it('loads first when the body opens with it and nothing above has an image', () => {
    const markup = render(`<p>Intro.</p>${figure('lead')}<p>Text.</p>${figure('later')}`, true);
    expect(imgOf(markup, 'lead')).toMatch(/loading="eager"/);
    expect(imgOf(markup, 'lead')).toMatch(/fetchPriority="high"/i);
    expect(imgOf(markup, 'later')).toMatch(/loading="lazy"/);
    // And asked for from the head, as React does for an image it renders eagerly at high priority.
    expect(markup).toMatch(
      /<link rel="preload" href="https:\/\/wp.test\/lead.jpg" as="image" fetchPriority="high"\/>/,
    );
    expect(markup.match(/rel="preload"/g)).toHaveLength(1);
  });

  it('is written once as HTML, with the subscribe box between runs left to React', () => {
    const markup = renderToStaticMarkup(
      <PostBody
        html={`<p>Lead.</p><p>More.</p>`}
        elements={baseElements}
        t={t}
        subscribe={<form data-testid="cta" />}
      />,
    );
    expect(markup).toBe(
      '<div><div class="contents"><p>Lead.</p></div><div><form data-testid="cta"></form></div><div class="contents"><p>More.</p></div></div>',
    );
  });

  it('a bare image in the opening paragraph counts too; only one image is ever the lead', () => {
    const markup = render(
      `<p><img src="https://wp.test/a.jpg" alt="a" width="300" height="200" /><img src="https://wp.test/b.jpg" alt="b" width="300" height="200" /></p>`,
      true,
    );
    expect(imgOf(markup, 'a')).toMatch(/loading="eager"/);
    expect(imgOf(markup, 'b')).toMatch(/loading="lazy"/);
  });

  it('stays lazy below the opening, or when the page has a featured image above it', () => {
    const deep = render(`<p>One.</p><p>Two.</p><p>Three.</p>${figure('deep')}`, true);
    expect(imgOf(deep, 'deep')).toMatch(/loading="lazy"/);
    const featured = render(figure('first'), false);
    expect(imgOf(featured, 'first')).toMatch(/loading="lazy"/);
    expect(featured).not.toMatch(/fetchPriority/i);
  });
});
