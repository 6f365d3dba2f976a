import { describe, expect, it } from 'vitest';
import { localPathOr } from './local-path';

describe('localPathOr, the open-redirect guard', () => {
  it.each(['/', '/a-post/', '/category/science/?page=2', '/search/tidal%20power/', '/a\\b/'])(
    'keeps the site path %s',
    (path) => expect(localPathOr(path)).toBe(path),
  );

  it.each([
    ['another host', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash browsers read as a slash', '/\\evil.example/'],
    ['a relative path', 'a-post/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a tab browsers strip', '/\t/evil.example/'],
    ['a newline', '/a\n/b'],
    ['a space', '/ /evil.example/'],
    ['nothing', ''],
    ['something too long', `/${'a'.repeat(2_001)}`],
  ])('refuses %s', (_, path) => expect(localPathOr(path)).toBe('/'));

  it('falls back to what the caller says', () => {
    expect(localPathOr(null, '/subscribe/')).toBe('/subscribe/');
  });
});
