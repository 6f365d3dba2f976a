import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderToMarkup } from '@/components/content/react-dom-markup';
import { baseElements } from '@/themes/base';
import { findExecutable } from '@/lib/content/__fixtures__/find-executable';
import { xssInText, xssPayloads } from '@/lib/content/__fixtures__/xss-corpus';
import { htmlToText } from '@/lib/content/text';
import { sanitizePostHtml } from '@/lib/content/sanitize';

const policy = { wordpressUrl: 'http://wp.test', embedHosts: ['www.youtube.com', 'player.vimeo.com'] };
const sanitize = (html: string) => sanitizePostHtml(html, policy);
/** What a reader's browser receives: sanitized, then rendered by React through the theme elements. */
const toPage = (html: string) => renderToMarkup(sanitize(html), baseElements);

const leavesRawTextOpen = (html: string) =>
  ['style', 'script', 'textarea', 'xmp', 'noembed', 'noscript'].some(
    (tag) =>
      (html.match(new RegExp(`<${tag}[\\s>]`, 'gi'))?.length ?? 0) >
      (html.match(new RegExp(`</${tag}>`, 'gi'))?.length ?? 0),
  );

describe('the XSS corpus', () => {
  it('has at least 40 payloads', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(40);
  });

  it.each(xssPayloads)('nothing executable survives: %s', (payload) => {
    expect(findExecutable(sanitize(payload), policy.embedHosts)).toEqual([]);
    expect(findExecutable(toPage(payload), policy.embedHosts)).toEqual([]);
    // Wrapped in real content, the content stays; after the payload too, unless the payload leaves
    // open an element whose text runs to the end by HTML's own rules (as it would in a browser).
    const wrapped = toPage(`<p>before</p>${payload}<p>after</p>`);
    expect(findExecutable(wrapped, policy.embedHosts)).toEqual([]);
    expect(wrapped).toContain('<p>before</p>');
    if (!leavesRawTextOpen(payload)) expect(wrapped).toContain('<p>after</p>');
  });

  it('the checker itself finds what it must (so a pass means something)', () => {
    expect(findExecutable('<img src=x onerror=alert(1)>')).toEqual(['img[onerror]']);
    expect(findExecutable('<a href="&#106;avascript:x">x</a>')).toEqual(['a[href=javascript:x]']);
    expect(findExecutable('<iframe src="https://evil.example/" sandbox></iframe>')).toEqual([
      '<iframe src=https://evil.example/>',
    ]);
    expect(findExecutable('<svg><script>x</script></svg>')).toEqual(['<svg>', '<script>']);
  });
});

describe('titles, excerpts and captions', () => {
  it.each(xssInText)('reach the page as text only: %s', (payload) => {
    const markup = renderToStaticMarkup(<h1>{htmlToText(payload)}</h1>);
    expect(findExecutable(markup)).toEqual([]);
    // One element: ours. Whatever the field held is escaped text inside it.
    expect(markup.match(/<[a-z]/gi)).toHaveLength(1);
  });
});

describe('sanitizePostHtml keeps what authors write', () => {
  it('keeps WordPress image blocks whole', () => {
    const html =
      '<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1600" height="1000" ' +
      'src="http://wp.test/a.jpg" alt="A" class="wp-image-4" srcset="http://wp.test/a-300x188.jpg 300w, http://wp.test/a.jpg 1600w" ' +
      'sizes="(max-width: 1600px) 100vw, 1600px" /><figcaption class="wp-element-caption">Caption</figcaption></figure>';
    expect(sanitize(html)).toBe(html);
  });

  it('keeps data:image sources', () => {
    const html = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" />';
    expect(sanitize(html)).toBe(html);
  });

  it('keeps the text of unknown wrappers', () => {
    expect(sanitize('<custom-thing>words stay</custom-thing>')).toBe('words stay');
  });

  it('keeps the editor’s safe inline styles and drops the rest', () => {
    expect(sanitize('<p style="text-align:center;color:#cf2e2e;position:fixed">x</p>')).toBe(
      '<p style="text-align:center;color:#cf2e2e">x</p>',
    );
    expect(sanitize('<div style="flex-basis:33.33%">c</div>')).toBe('<div style="flex-basis:33.33%">c</div>');
    expect(sanitize('<p style="font-size:clamp(1rem, 2vw, 2rem)">x</p>')).toBe(
      '<p style="font-size:clamp(1rem, 2vw, 2rem)">x</p>',
    );
    expect(sanitize('<p style="padding:var(--wp--preset--spacing--50)">x</p>')).toBe(
      '<p style="padding:var(--wp--preset--spacing--50)">x</p>',
    );
  });

  it('keeps players from allowed hosts, sandboxed and lazy, and drops the rest', () => {
    expect(
      sanitize(
        '<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allowfullscreen></iframe>',
      ),
    ).toBe(
      '<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allowfullscreen ' +
        'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" loading="lazy" ' +
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
    expect(sanitize('<p>a</p><iframe src="https://evil.example/"></iframe>')).toBe('<p>a</p>');
    expect(sanitize('<iframe src="http://www.youtube.com/embed/abc"></iframe>')).toBe('');
  });

  it('turns links to the WordPress site into links on this site', () => {
    expect(sanitize('<a href="http://wp.test/other-story/#part-2">x</a>')).toBe(
      '<a href="/other-story/#part-2">x</a>',
    );
    expect(sanitize('<a href="http://wp.test/wp-content/uploads/report.pdf">pdf</a>')).toBe(
      '<a href="http://wp.test/wp-content/uploads/report.pdf">pdf</a>',
    );
  });

  it('gives links to other hosts noopener noreferrer', () => {
    expect(sanitize('<a href="https://x.test" target="_blank">x</a>')).toBe(
      '<a href="https://x.test" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitize('<a href="https://x.test" rel="author">x</a>')).toBe(
      '<a href="https://x.test" rel="noopener noreferrer">x</a>',
    );
  });
});
