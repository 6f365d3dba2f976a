import { z } from 'zod';
import { getConfig } from '../config';
import { wpFetch } from './client';
import { RefusedError } from './errors';
import { tags } from './tags';

export interface NewComment {
  postId: number;
  parent: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  content: string;
  /** The reader's address and browser, so WordPress's flood and spam checks see the reader, not us. */
  authorIp: string | null;
  userAgent: string;
}

/** What became of a comment: shown now, held for moderation, or refused (with WordPress's reason). */
export type CommentOutcome =
  | { kind: 'approved'; id: number }
  | { kind: 'held'; id: number }
  | { kind: 'refused'; reason: CommentRefusal };

export type CommentRefusal = 'closed' | 'duplicate' | 'too-fast' | 'not-allowed' | 'invalid';

/** WordPress's error codes for a comment it will not take, in the reader's terms. */
const refusals: Record<string, CommentRefusal> = {
  rest_comment_closed: 'closed',
  rest_comment_draft_post: 'closed',
  rest_cannot_read_post: 'closed',
  comment_duplicate: 'duplicate',
  comment_flood: 'too-fast',
  rest_comment_login_required: 'not-allowed',
  rest_comment_author_data_required: 'invalid',
  rest_comment_content_invalid: 'invalid',
  rest_invalid_param: 'invalid',
  comment_author_column_length: 'invalid',
  comment_author_email_column_length: 'invalid',
  comment_author_url_column_length: 'invalid',
  comment_content_column_length: 'invalid',
  rest_comment_invalid_post_id: 'closed',
};

const created = z.object({ id: z.number().int(), status: z.string() });

/**
 * Posts a reader's comment to WordPress, which applies the site's own discussion rules
 * (moderation, disallowed words, flood and duplicate checks). With the server's Application
 * Password the comment is still the reader's: it names them and carries no status, so WordPress
 * decides it as it would for any visitor. Without credentials it is sent anonymously, which
 * WordPress refuses unless the site allows anonymous REST comments.
 */
export async function submitComment(comment: NewComment): Promise<CommentOutcome> {
  const authenticated = getConfig().credentials !== null;
  try {
    const { data } = await wpFetch({
      path: '/wp/v2/comments',
      body: {
        post: comment.postId,
        parent: comment.parent,
        author_name: comment.authorName,
        author_email: comment.authorEmail,
        author_url: comment.authorUrl,
        content: comment.content,
        author_user_agent: comment.userAgent,
        // Only moderators may set the address; anonymously WordPress records the sender's own.
        ...(authenticated && comment.authorIp ? { author_ip: comment.authorIp } : {}),
      },
      schema: created,
      tags: [tags.comments(comment.postId)],
      authenticated,
      refusals: Object.keys(refusals),
    });
    return data.status === 'approved' ? { kind: 'approved', id: data.id } : { kind: 'held', id: data.id };
  } catch (error) {
    if (error instanceof RefusedError) return { kind: 'refused', reason: refusals[error.code] ?? 'invalid' };
    throw error;
  }
}
