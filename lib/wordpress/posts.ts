import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { wpFetchBundle } from './bundle';
import { wpFetch, type WpResponse } from './client';
import { contentPolicy } from './policy';
import { NotFoundError } from './errors';
import { pageInfoFromHeaders } from './pagination';
import { reshapePost, reshapePostSummary } from './reshape';
import { postEmbeds, postFields, postSummaryFields, wpPost, wpPostSummary } from './schemas';
import { tags } from './tags';
import type { Paginated, Post, PostSummary } from './types';

export const POSTS_PER_PAGE = 10;
/** WordPress caps per_page at 100; more sticky posts than that is not a front page. */
const MAX_STICKY = 20;

/** The REST read for published posts with this slug (one, except where slugs are not unique). */
export function postsBySlugRequest(slug: string) {
  return {
    path: '/wp/v2/posts',
    query: { slug, _embed: postEmbeds, _fields: postFields },
    schema: z.array(wpPost),
    tags: [tags.posts, tags.postSlug(slug)],
  };
}

export function toPosts({ data }: WpResponse<z.infer<typeof wpPost>[]>): Post[] {
  const policy = contentPolicy();
  return data.map((raw) => reshapePost(raw, policy));
}

/** One published post by id (for `/%post_id%/` permalinks). */
export const getPostById = cache(async (id: number): Promise<Post> => {
  const { data } = await wpFetch({
    path: `/wp/v2/posts/${id}`,
    query: { _embed: postEmbeds, _fields: postFields },
    schema: wpPost,
    tags: [tags.posts, tags.post(id)],
    notFound: `post ${id}`,
  });
  return reshapePost(data, contentPolicy());
});

/** Latest posts, newest first, sticky posts excluded (the front page shows those on top). */
export const getLatestPosts = cache((page: number): Promise<Paginated<PostSummary>> =>
  listPosts({ sticky: false }, page),
);

/** The REST read for one page of post summaries matching `filter` (collection params), ten a page. */
export function postListRequest(filter: Record<string, string | number | boolean>, page: number) {
  return {
    path: '/wp/v2/posts',
    query: { page, per_page: POSTS_PER_PAGE, ...filter, _embed: postEmbeds, _fields: postSummaryFields },
    schema: z.array(wpPostSummary),
    tags: [tags.posts],
    notFound: `posts page ${page}`,
  };
}

/** Such a read's answer as our own type, with the paging WordPress reported. */
export function toPostList(
  { data, headers }: WpResponse<z.infer<typeof wpPostSummary>[]>,
  page: number,
): Paginated<PostSummary> {
  const { wordpressHomeUrl: wordpressUrl } = getConfig();
  return {
    items: data.map((raw) => reshapePostSummary(raw, wordpressUrl)),
    pageInfo: pageInfoFromHeaders(headers, page, POSTS_PER_PAGE),
  };
}

/** One page of posts matching `filter` (REST collection params), newest first, ten a page. */
export async function listPosts(
  filter: Record<string, string | number | boolean>,
  page: number,
): Promise<Paginated<PostSummary>> {
  if (!Number.isInteger(page) || page < 1) throw new NotFoundError(`posts page ${page}`);
  // Through the bundle: the request that found an archive's term may have brought this page along.
  const [answer] = await wpFetchBundle([postListRequest(filter, page)] as const);
  return toPostList(answer, page);
}

/** The REST read for the sticky posts, newest first. */
function stickyRequest() {
  return {
    path: '/wp/v2/posts',
    query: { sticky: true, per_page: MAX_STICKY, _embed: postEmbeds, _fields: postSummaryFields },
    schema: z.array(wpPostSummary),
    tags: [tags.posts],
  };
}

/**
 * A page of the blog's listing: on page 1 the sticky posts (shown on top) and the latest others,
 * asked of WordPress in one request when the Bridge plugin can bundle them; later pages, the
 * latest alone.
 */
export async function getBlogPage(
  page: number,
): Promise<{ sticky: PostSummary[]; posts: Paginated<PostSummary> }> {
  if (page !== 1) return { sticky: [], posts: await getLatestPosts(page) };
  const [sticky, latest] = await wpFetchBundle([
    stickyRequest(),
    postListRequest({ sticky: false }, 1),
  ] as const);
  const { wordpressHomeUrl: wordpressUrl } = getConfig();
  return {
    sticky: sticky.data.map((raw) => reshapePostSummary(raw, wordpressUrl)),
    posts: toPostList(latest, 1),
  };
}
