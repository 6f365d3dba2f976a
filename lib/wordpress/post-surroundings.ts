import { cache } from 'react';
import { wpFetchBundle } from './bundle';
import { buildCommentSection, commentsRequest, getApprovedComments } from './comments';
import { relationRequests, toRelations, type PostRelations } from './related';
import type { CommentSection, Post } from './types';

/**
 * What goes around a single post: its comment section (the given page of threads) and its
 * neighbours and related posts. Four reads, asked of WordPress in one request when the Bridge
 * plugin is there (a password-protected post's comments, personal, go on their own).
 * Cached per request: the page and its metadata both ask.
 */
export const getPostSurroundings = cache(
  async (
    post: Post,
    timeZone: string,
    commentPage: number,
    password: string | null,
  ): Promise<{ comments: CommentSection; related: PostRelations }> => {
    const { older, newer, same } = relationRequests(post, timeZone);
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
