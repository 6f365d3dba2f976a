import { describe, expect, it } from 'vitest';
import { sanitizePostHtml } from './sanitize';

// The basics the walking skeleton promises; the content-rendering work adds the full corpus.
describe('sanitizePostHtml', () => {
  it('keeps WordPress image blocks whole', () => {
    const html =
      '<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1600" height="1000" ' +
      'src="http://wp.test/a.jpg" alt="A" class="wp-image-4" srcset="http://wp.test/a-300x188.jpg 300w, http://wp.test/a.jpg 1600w" ' +
      'sizes="(max-width: 1600px) 100vw, 1600px" /><figcaption class="wp-element-caption">Caption</figcaption></figure>';
    expect(sanitizePostHtml(html)).toBe(html);
  });

  it.each([
    ['<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['<img src="x.jpg" onerror="alert(1)" alt="" />', '<img src="x.jpg" alt="" />'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<iframe src="https://evil.test"></iframe><p>b</p>', '<p>b</p>'],
    ['<style>body{display:none}</style><p>c</p>', '<p>c</p>'],
    ['<p style="position:fixed">d</p>', '<p>d</p>'],
    ['<form action="https://evil.test"><input name="q" /></form>', ''],
    ['<img src="data:text/html;base64,PHNjcmlwdD4=" alt="" />', '<img alt="" />'],
  ])('removes what can run: %s', (input, expected) => {
    expect(sanitizePostHtml(input)).toBe(expected);
  });

  it('keeps data:image sources', () => {
    const html = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" />';
    expect(sanitizePostHtml(html)).toBe(html);
  });

  it('keeps the text of unknown wrappers', () => {
    expect(sanitizePostHtml('<custom-thing>words stay</custom-thing>')).toBe('words stay');
  });

  it('adds noopener to links that open a new window', () => {
    expect(sanitizePostHtml('<a href="https://x.test" target="_blank">x</a>')).toBe(
      '<a href="https://x.test" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });
});
