import { cache } from 'react';
import { z } from 'zod';
import { wpFetch } from './client';
import { contentPolicy } from './policy';
import { reshapePost } from './reshape';
import { postEmbeds, postFields, wpPost } from './schemas';
import { tags } from './tags';
import type { Post } from './types';

/** Items in a feed, WordPress's default (Settings → Reading → "Syndication feeds show"). */
export const FEED_ITEMS = 10;

/**
 * The latest posts with their full bodies, for RSS: all posts, or one category's or tag's.
 * Password-protected posts are left out: their bodies are not public.
 */
export const getFeedPosts = cache(async (filter: { categories?: number; tags?: number }): Promise<Post[]> => {
  const { data } = await wpFetch({
    path: '/wp/v2/posts',
    query: { ...filter, per_page: FEED_ITEMS, _embed: postEmbeds, _fields: postFields },
    schema: z.array(wpPost),
    tags: [tags.posts],
  });
  const policy = contentPolicy();
  return data.map((raw) => reshapePost(raw, policy)).filter((post) => !post.passwordProtected);
});
