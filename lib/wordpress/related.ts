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
 * Where a post stands, as the reads around it need it: strings, as they go in a query (the Bridge
 * plugin fills the same values into follow-up templates, lib/wordpress/bundle.ts).
 */
export interface PostPlace {
  id: string;
  /** Its publication time in the site's time zone, as REST's before/after take it. */
  localDate: string;
  /** Its first category, or null. */
  category: string | null;
}

export function postPlace(post: Post, timeZone: string): PostPlace {
  const category = post.categories[0];
  return {
    id: String(post.id),
    localDate: localDateTime(post.publishedAt, timeZone),
    category: category ? String(category.id) : null,
  };
}

/**
 * The reads for a post's neighbours in time (older and newer, as WordPress's previous/next post
 * links) and a few other posts from its first category (none when it has no category).
 */
export function relationRequests({ id, localDate, category }: PostPlace) {
  return {
    older: postListRequest(
      { before: localDate, exclude: id, orderby: 'date', order: 'desc', per_page: 1 },
      1,
    ),
    newer: postListRequest({ after: localDate, exclude: id, orderby: 'date', order: 'asc', per_page: 1 }, 1),
    same: category
      ? postListRequest({ categories: category, exclude: id, per_page: SAME_CATEGORY }, 1)
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
