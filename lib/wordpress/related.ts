import { cache } from 'react';
import { localDateTime } from '../format/date';
import { listPosts } from './posts';
import type { Post, PostSummary } from './types';

const SAME_CATEGORY = 3;

/**
 * A post's neighbours in time (older and newer, as WordPress's previous/next post links) and a few
 * other posts from its first category. Three small summary requests, run together.
 */
export const getPostRelations = cache(async (post: Post, timeZone: string) => {
  const local = localDateTime(post.publishedAt, timeZone);
  const category = post.categories[0];
  const [older, newer, same] = await Promise.all([
    listPosts({ before: local, exclude: post.id, orderby: 'date', order: 'desc', per_page: 1 }, 1),
    listPosts({ after: local, exclude: post.id, orderby: 'date', order: 'asc', per_page: 1 }, 1),
    category
      ? listPosts({ categories: category.id, exclude: post.id, per_page: SAME_CATEGORY }, 1)
      : Promise.resolve(null),
  ]);
  return {
    previous: older.items[0] ?? null,
    next: newer.items[0] ?? null,
    sameCategory: same?.items ?? ([] as PostSummary[]),
  };
});
