import { describe, expect, it } from 'vitest';
import { splitAtSubscribe } from './segments';

describe('splitAtSubscribe', () => {
  it('replaces the post’s own subscribe marker, once, where it stands', () => {
    const html = '<p>Lead.</p>\n<p class="pressfront-subscribe">Subscribe!</p>\n<p>More.</p>';
    expect(splitAtSubscribe(html, { afterLead: true })).toEqual([
      { kind: 'html', html: '<p>Lead.</p>\n' },
      { kind: 'subscribe' },
      { kind: 'html', html: '\n<p>More.</p>' },
    ]);
  });

  it('understands Jetpack’s subscription block', () => {
    const html = '<h2>T</h2><div class="wp-block-jetpack-subscriptions x">form</div><p>after</p>';
    expect(splitAtSubscribe(html, { afterLead: false }).map((s) => s.kind)).toEqual([
      'html',
      'subscribe',
      'html',
    ]);
  });

  it('puts it after the lead paragraph when the post has no marker', () => {
    const html = '<figure>f</figure><p>Lead.</p><p>Two.</p>';
    expect(splitAtSubscribe(html, { afterLead: true })).toEqual([
      { kind: 'html', html: '<figure>f</figure><p>Lead.</p>' },
      { kind: 'subscribe' },
      { kind: 'html', html: '<p>Two.</p>' },
    ]);
  });

  it('adds nothing when the theme does not ask for it', () => {
    expect(splitAtSubscribe('<p>a</p><p>b</p>', { afterLead: false })).toEqual([
      { kind: 'html', html: '<p>a</p><p>b</p>' },
    ]);
  });

  it('never turns escaped markup back into markup', () => {
    const text = '<p>Tom &amp; Jerry &lt;3 &lt;script&gt;alert(1)&lt;/script&gt;</p>';
    expect(splitAtSubscribe(text, { afterLead: false })).toEqual([{ kind: 'html', html: text }]);
    // Inside a quoted attribute only the quote must stay escaped; < and > are inert there.
    expect(splitAtSubscribe('<p title="&quot;&gt;&lt;b">x</p>', { afterLead: false })).toEqual([
      { kind: 'html', html: '<p title="&quot;><b">x</p>' },
    ]);
  });

  it('keeps non-ASCII text as it is', () => {
    expect(splitAtSubscribe('<p>São Paulo 🍿</p>', { afterLead: false })).toEqual([
      { kind: 'html', html: '<p>São Paulo 🍿</p>' },
    ]);
  });
});
