import { describe, expect, it } from 'vitest';
import { tags } from '@/lib/wordpress/tags';
import { edgeHeaders, MAX_KEYS, surrogateKeys } from './surrogate-keys';

describe('surrogateKeys', () => {
  it('maps a render’s tags to edge keys, one each, sorted, without repeats', () => {
    const read = [
      tags.all,
      tags.site,
      tags.post(12),
      tags.postSlug('tidal-power'),
      tags.comments(12),
      tags.post(12),
    ];
    expect(surrogateKeys(read)).toEqual({
      ok: true,
      keys: ['comments:12', 'post-slug:tidal-power', 'post:12', 'site', 'wordpress'],
    });
  });

  it('keeps percent-encoded slugs (WordPress encodes non-Latin ones) as they are', () => {
    const slug = tags.postSlug('%d8%b9%d8%b1%d8%a8%d9%8a');
    expect(surrogateKeys([slug])).toEqual({ ok: true, keys: [slug] });
  });

  it('refuses what would break the header or the edge: unknown, none, too many, malformed, too long', () => {
    expect(surrogateKeys(null)).toEqual({ ok: false, reason: 'tags unknown' });
    expect(surrogateKeys([])).toEqual({ ok: false, reason: 'no tags' });
    const many = Array.from({ length: MAX_KEYS + 1 }, (_, i) => `post:${i}`);
    expect(surrogateKeys(many)).toMatchObject({
      ok: false,
      reason: `${MAX_KEYS + 1} tags (at most ${MAX_KEYS})`,
    });
    expect(surrogateKeys(['post:1', 'a b'])).toMatchObject({ ok: false, reason: 'malformed tag "a b"' });
    expect(surrogateKeys(['post:1', 'a,b'])).toMatchObject({ ok: false });
    expect(surrogateKeys(['post:1', 'é'])).toMatchObject({ ok: false });
    expect(surrogateKeys(['x\r\nSet-Cookie: a=b'])).toMatchObject({ ok: false });
    const long = Array.from({ length: 40 }, (_, i) => `post-slug:${String(i).padStart(110, 'a')}`);
    expect(surrogateKeys(long)).toMatchObject({ ok: false, reason: 'tags longer than 4096 bytes' });
  });
});

describe('edgeHeaders', () => {
  it('says the same keys to Varnish, Fastly/Akamai and Cloudflare, and how long the edge may keep the page', () => {
    expect(edgeHeaders(['post:12', 'site'], 3600)).toEqual({
      'cache-control': 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400',
      xkey: 'post:12 site',
      'surrogate-key': 'post:12 site',
      'cache-tag': 'post:12,site',
    });
  });
});
