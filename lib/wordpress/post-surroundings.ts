import { cache } from 'react';
import { wpFetchBundle } from './bundle';
import { buildCommentSection, commentsRequest, getApprovedComments } from './comments';
import { postPlace, relationRequests, toRelations, type PostPlace, type PostRelations } from './related';
import { tags } from './tags';
import type { CommentSection, Post } from './types';

/**
 * The reads around a post: the first REST page of its comments, its neighbours, posts from its
 * section (null when it has no category). Also the follow-ups of the read that finds a post by its
 * slug (lib/wordpress/resolve.ts), so a post never rendered costs one request to WordPress.
 */
export function surroundingRequests(place: PostPlace) {
  const { older, newer, same } = relationRequests(place);
  return [commentsRequest(place.id, 1, null), older, newer, same] as const;
}

/** Tags a cache entry holding those reads expires under, whichever post they were for. */
export const surroundingTags = [tags.posts, tags.anyComments];

/**
 * What goes around a single post: its comment section (the given page of threads) and its
 * neighbours and related posts. Four reads, asked of WordPress in one request when the Bridge
 * plugin is there (a password-protected post's comments, personal, go on their own), or none when
 * the request that found the post brought them. Cached per request: the page and its metadata both ask.
 */
export const getPostSurroundings = cache(
  async (
    post: Post,
    timeZone: string,
    commentPage: number,
    password: string | null,
  ): Promise<{ comments: CommentSection; related: PostRelations }> => {
    const { older, newer, same } = relationRequests(postPlace(post, timeZone));
    const comments = commentsRequest(post.id, 1, password);
    const [firstComments, olderAnswer, newerAnswer, sameAnswer] = await wpFetchBundle(
      same ? ([comments, older, newer, same] as const) : ([comments, older, newer] as const),
    );
    const raw = await getApprovedComments(post.id, password, firstComments);
    return {
      comments: buildCommentSection(post.id, raw, post.commentsOpen, commentPage),
      related: toRelations(olderAnswer, newerAnswer, sameAnswer),
    };
  },
);
