import render from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { splitAtSubscribe } from './segments';

/** Splits `html` and shows each segment as HTML again, for readable expectations. */
const split = (html: string, afterLead: boolean) =>
  splitAtSubscribe(parseDocument(html).children, { afterLead }).map((s) =>
    s.kind === 'subscribe' ? 'SUBSCRIBE' : render(s.nodes, { encodeEntities: 'utf8' }),
  );

describe('splitAtSubscribe', () => {
  it('replaces the post’s own subscribe marker, once, where it stands', () => {
    const html = '<p>Lead.</p>\n<p class="pressfront-subscribe">Subscribe!</p>\n<p>More.</p>';
    expect(split(html, true)).toEqual(['<p>Lead.</p>\n', 'SUBSCRIBE', '\n<p>More.</p>']);
  });

  it('understands Jetpack’s subscription block', () => {
    const html = '<h2>T</h2><div class="wp-block-jetpack-subscriptions x">form</div><p>after</p>';
    expect(split(html, false)).toEqual(['<h2>T</h2>', 'SUBSCRIBE', '<p>after</p>']);
  });

  it('puts it after the lead paragraph when the post has no marker', () => {
    expect(split('<figure>f</figure><p>Lead.</p><p>Two.</p>', true)).toEqual([
      '<figure>f</figure><p>Lead.</p>',
      'SUBSCRIBE',
      '<p>Two.</p>',
    ]);
  });

  it('adds nothing when the theme does not ask for it', () => {
    expect(split('<p>a</p><p>b</p>', false)).toEqual(['<p>a</p><p>b</p>']);
  });

  it('drops segments that are only whitespace', () => {
    expect(split('<p class="pressfront-subscribe">x</p>\n\n', true)).toEqual(['SUBSCRIBE']);
  });
});
