import { z } from 'zod';
import { htmlToText } from '../content/text';
import { wpFetch, type WpResponse } from './client';
import { contentPolicy } from './policy';
import { sanitizePostHtml } from '../content/sanitize';
import { tags } from './tags';
import type { Comment, CommentSection } from './types';

/** Top-level threads per comment page (WordPress's default when it pages comments is 50; ours reads better). */
export const THREADS_PER_PAGE = 20;
/** REST pages of 100 fetched at most: a post with more than 1,000 comments shows its first 1,000. */
const MAX_REST_PAGES = 10;
/** Replies nest this deep (WordPress's default thread_comments_depth is 5). */
const MAX_DEPTH = 5;

const wpComment = z.object({
  id: z.number().int(),
  parent: z.number().int().default(0),
  author_name: z.string().default(''),
  author_url: z.string().default(''),
  date_gmt: z.string(),
  content: z.object({ rendered: z.string() }),
});
type WpComment = z.infer<typeof wpComment>;

/** The REST read for one page (of 100) of a post's approved comments, oldest first. */
export function commentsRequest(postId: number | string, restPage: number, password: string | null) {
  return {
    path: '/wp/v2/comments',
    query: {
      post: postId,
      per_page: 100,
      page: restPage,
      orderby: 'date_gmt',
      order: 'asc',
      _fields: 'id,parent,author_name,author_url,date_gmt,content',
      // A password-protected post's comments are shown only with its password, as its body is.
      ...(password ? { password } : {}),
    },
    schema: z.array(wpComment),
    tags: [tags.comments(postId)],
    personal: password !== null,
  };
}

export type CommentsAnswer = WpResponse<WpComment[]>;

/**
 * Every approved comment on a post, oldest first (WordPress shows readers only approved ones),
 * from the first page's answer (read with other things) and as many more pages as it announces.
 */
export async function getApprovedComments(
  postId: number,
  password: string | null,
  first: CommentsAnswer,
): Promise<WpComment[]> {
  const all: WpComment[] = [...first.data];
  const pages = Math.min(MAX_REST_PAGES, Number(first.headers.get('X-WP-TotalPages') ?? '1'));
  for (let page = 2; page <= pages; page++) {
    const { data } = await wpFetch(commentsRequest(postId, page, password));
    all.push(...data);
  }
  return all;
}

/**
 * The comments under a post as threads, `THREADS_PER_PAGE` top-level threads a page (a thread's
 * replies stay with it). A page past the end is an empty page, not an error: comments can be
 * deleted after a reader bookmarked page 3.
 */
export function buildCommentSection(
  postId: number,
  raw: WpComment[],
  open: boolean,
  page: number,
): CommentSection {
  const policy = contentPolicy();
  const children = new Map<number, WpComment[]>();
  const ids = new Set(raw.map((c) => c.id));
  for (const c of raw) {
    const parent = ids.has(c.parent) ? c.parent : 0;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const build = (c: WpComment, depth: number): Comment => ({
    id: c.id,
    authorName: htmlToText(c.author_name) || 'Anonymous',
    authorUrl: /^https?:\/\//i.test(c.author_url) ? c.author_url : null,
    publishedAt: `${c.date_gmt.replace(/Z$/, '')}Z`,
    contentHtml: sanitizePostHtml(c.content.rendered, policy),
    replies: depth < MAX_DEPTH ? (children.get(c.id) ?? []).map((r) => build(r, depth + 1)) : [],
  });
  const threads = children.get(0) ?? [];
  const totalPages = Math.max(1, Math.ceil(threads.length / THREADS_PER_PAGE));
  const current = Math.min(Math.max(1, page), totalPages);
  return {
    postId,
    open,
    total: raw.length,
    page: current,
    totalPages,
    threads: threads
      .slice((current - 1) * THREADS_PER_PAGE, current * THREADS_PER_PAGE)
      .map((c) => build(c, 1)),
  };
}
