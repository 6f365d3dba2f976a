import { describe, expect, it } from 'vitest';
import { isKnownTag, parsePayload } from './payload';

describe('parsePayload', () => {
  it('takes the tag shapes the data layer uses, once each', () => {
    expect(
      parsePayload(
        '{"tags":["post:12","posts","post:12","menu:primary","post-slug:caf%c3%a9"],"event":"post.updated"}',
      ),
    ).toEqual({
      ok: true,
      payload: { tags: ['post:12', 'posts', 'menu:primary', 'post-slug:caf%c3%a9'], event: 'post.updated' },
    });
  });

  it('refuses anything else, saying what', () => {
    expect(parsePayload('not json')).toEqual({ ok: false, error: 'body is not JSON' });
    expect(parsePayload('{"tags":[]}')).toMatchObject({ ok: false });
    expect(parsePayload('{"tags":["_N_T_/layout"]}')).toMatchObject({
      ok: false,
      error: 'tags.0: unknown tag shape',
    });
    for (const tag of ['post:', 'post:abc', 'menu:Primary Menu', 'everything', 'post-slug:../x']) {
      expect(isKnownTag(tag), tag).toBe(false);
    }
  });
});
