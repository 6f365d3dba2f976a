import { describe, expect, it } from 'vitest';
import { baseElements } from '@/themes/base';
import type { ContentElements, ImageFigureProps } from '@/themes/_engine/types';
import { renderToMarkup } from '@/components/content/react-dom-markup';

const renderHtml = (html: string, elements: ContentElements = baseElements) => renderToMarkup(html, elements);

describe('content renderer', () => {
  it('renders an image block through the theme’s ImageFigure, keeping size and srcset', () => {
    const html =
      '<figure class="wp-block-image size-large"><img width="1600" height="1000" src="https://wp.test/a.jpg" alt="A harbour" ' +
      'srcset="https://wp.test/a-300.jpg 300w, https://wp.test/a.jpg 1600w" sizes="100vw" class="wp-image-4" />' +
      '<figcaption class="wp-element-caption">Dawn <em>over</em> the harbour</figcaption></figure>';
    const seen: unknown[] = [];
    const elements = {
      ...baseElements,
      ImageFigure: (props: ImageFigureProps) => {
        seen.push(props.image);
        return <baseElements.ImageFigure {...props} />;
      },
    };
    const out = renderHtml(html, elements);
    expect(seen).toEqual([
      {
        src: 'https://wp.test/a.jpg',
        alt: 'A harbour',
        width: 1600,
        height: 1000,
        srcSet: 'https://wp.test/a-300.jpg 300w, https://wp.test/a.jpg 1600w',
        sizes: '100vw',
        className: 'wp-image-4',
      },
    ]);
    expect(out).toContain('<figure class="wp-block-image size-large">');
    expect(out).toContain('width="1600" height="1000"');
    expect(out).toContain('<figcaption>Dawn <em>over</em> the harbour</figcaption>');
  });

  it('gives headings stable, unique ids, keeping an author’s own', () => {
    const out = renderHtml(
      '<h2>The questions still open</h2><h2>The questions still open</h2><h3 id="own">São Tomé</h3>',
    );
    expect(out).toBe(
      '<h2 id="the-questions-still-open">The questions still open</h2>' +
        '<h2 id="the-questions-still-open-2">The questions still open</h2><h3 id="own">São Tomé</h3>',
    );
  });

  it('renders pull quotes and quotations with their citation', () => {
    const out = renderHtml(
      '<figure class="wp-block-pullquote"><blockquote><p>Said.</p><cite>Someone</cite></blockquote></figure>' +
        '<blockquote class="wp-block-quote"><p>Quoted.</p></blockquote>',
    );
    expect(out).toBe(
      '<figure class="wp-block-pullquote"><blockquote><p>Said.</p><cite>Someone</cite></blockquote></figure>' +
        '<blockquote class="wp-block-quote"><p>Quoted.</p></blockquote>',
    );
  });

  it('wraps tables so they scroll, without whitespace text React would reject', () => {
    const out = renderHtml(
      '<figure class="wp-block-table"><table>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table></figure>',
    );
    expect(out).toBe(
      '<figure class="wp-block-table"><div class="pf-table-scroll" role="region" aria-label="Table" tabindex="0">' +
        '<table><tbody><tr><td>1</td></tr></tbody></table></div></figure>',
    );
  });

  it('renders what it has no component for as itself, losing nothing', () => {
    expect(
      renderHtml(
        '<details open><summary>More</summary><p>x<br/>y</p></details><ol start="3"><li>c</li></ol>',
      ),
    ).toBe('<details open=""><summary>More</summary><p>x<br/>y</p></details><ol start="3"><li>c</li></ol>');
  });

  it('keeps escaped markup as text', () => {
    expect(renderHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
    );
  });

  it('never passes handlers to React, and keeps content off the page’s own ids', () => {
    expect(renderHtml('<div id="main" onclick="x()">t</div>')).toBe('<div id="content-main">t</div>');
  });

  it('keeps the (already sanitized) inline styles as React styles', () => {
    expect(
      renderHtml('<p style="text-align:center; font-size: var(--wp--preset--font-size--large)">x</p>'),
    ).toBe('<p style="text-align:center;font-size:var(--wp--preset--font-size--large)">x</p>');
  });

  it('lazy-loads images in the body', () => {
    expect(renderHtml('<p><img src="https://wp.test/a.jpg" alt="a"/></p>')).toBe(
      '<p><img src="https://wp.test/a.jpg" alt="a" loading="lazy"/></p>',
    );
  });
});
