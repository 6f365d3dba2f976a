import { describe, expect, it } from 'vitest';
import { tags, withUmbrellaTags } from './tags';

describe('withUmbrellaTags', () => {
  it('adds the any-comments umbrella when a post’s comments change, once', () => {
    expect(withUmbrellaTags([tags.comments(12), tags.comments(13), tags.posts])).toEqual([
      'comments:12',
      'comments:13',
      'posts',
      'comments',
    ]);
  });

  it('adds nothing when no comments changed', () => {
    expect(withUmbrellaTags([tags.post(12), tags.posts, tags.postSlug('comments-on-the-budget')])).toEqual([
      'post:12',
      'posts',
      'post-slug:comments-on-the-budget',
    ]);
  });
});
