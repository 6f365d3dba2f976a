import { localDateTime } from '../format/date';
import { postListRequest, toPostList } from './posts';
import type { Post, PostSummary } from './types';

const SAME_CATEGORY = 3;

export interface PostRelations {
  previous: PostSummary | null;
  next: PostSummary | null;
  sameCategory: PostSummary[];
}

/**
 * The reads for a post's neighbours in time (older and newer, as WordPress's previous/next post
 * links) and a few other posts from its first category (none when it has no category).
 */
export function relationRequests(post: Post, timeZone: string) {
  const local = localDateTime(post.publishedAt, timeZone);
  const category = post.categories[0];
  return {
    older: postListRequest(
      { before: local, exclude: post.id, orderby: 'date', order: 'desc', per_page: 1 },
      1,
    ),
    newer: postListRequest({ after: local, exclude: post.id, orderby: 'date', order: 'asc', per_page: 1 }, 1),
    same: category
      ? postListRequest({ categories: category.id, exclude: post.id, per_page: SAME_CATEGORY }, 1)
      : null,
  };
}

type SummaryAnswer = Parameters<typeof toPostList>[0];

export function toRelations(
  older: SummaryAnswer,
  newer: SummaryAnswer,
  same: SummaryAnswer | undefined,
): PostRelations {
  return {
    previous: toPostList(older, 1).items[0] ?? null,
    next: toPostList(newer, 1).items[0] ?? null,
    sameCategory: same ? toPostList(same, 1).items : [],
  };
}
