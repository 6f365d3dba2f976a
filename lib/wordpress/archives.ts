import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { wpFetchBundle } from './bundle';
import { wpFetch } from './client';
import { NotFoundError } from './errors';
import { listPosts, postListRequest } from './posts';
import { reshapeAuthor, reshapeTerm } from './reshape';
import { termFields, userFields, wpTerm, wpUser } from './schemas';
import { isPlausibleSlug } from './slug';
import { tags } from './tags';
import type { Author, Paginated, PostSummary, Term } from './types';

export type TermTaxonomy = 'category' | 'post_tag';

const collection: Record<TermTaxonomy, string> = { category: '/wp/v2/categories', post_tag: '/wp/v2/tags' };
/** The posts collection's filter for a taxonomy's terms. */
const filterOf: Record<TermTaxonomy, 'categories' | 'tags'> = { category: 'categories', post_tag: 'tags' };

/**
 * A category or tag by the path readers see (`/category/science/climate/`): found by its last
 * slug, and only if WordPress's own link for it is that path, so nested categories resolve as
 * WordPress resolves them.
 */
export const getTermByPath = cache(
  async (taxonomy: TermTaxonomy, path: string, postsPage?: number): Promise<Term> => {
    const slug = path.split('/').filter(Boolean).at(-1) ?? '';
    if (!isPlausibleSlug(slug)) throw new NotFoundError(`${taxonomy} ${path}`);
    const termRead = {
      path: collection[taxonomy],
      query: { slug, _fields: termFields },
      schema: z.array(wpTerm),
      tags: [tags.terms],
    };
    // With the archive's page of posts as a follow-up, when asked for: one request to WordPress.
    const [{ data }] = await wpFetchBundle(
      [termRead] as const,
      postsPage === undefined
        ? {}
        : {
            then: ({ id }) => [postListRequest({ [filterOf[taxonomy]]: id }, postsPage)],
            thenTags: [tags.posts],
          },
    );
    const wordpressUrl = getConfig().wordpressHomeUrl;
    const term = data.map((t) => reshapeTerm(t, wordpressUrl)).find((t) => t?.path === path);
    if (!term) throw new NotFoundError(`${taxonomy} ${path}`);
    return term;
  },
);

/** An author (a user with published posts; WordPress hides the others) by slug. */
export const getAuthorBySlug = cache(async (slug: string): Promise<Author> => {
  if (!isPlausibleSlug(slug)) throw new NotFoundError(`author "${slug}"`);
  const { data } = await wpFetch({
    path: '/wp/v2/users',
    query: { slug, _fields: userFields },
    schema: z.array(wpUser),
    tags: [tags.authors],
  });
  const [raw] = data;
  if (!raw) throw new NotFoundError(`author "${slug}"`);
  return reshapeAuthor(raw, getConfig().wordpressHomeUrl);
});

export type PostFilter = 'categories' | 'tags' | 'author';

/** Posts in a category, with a tag or by an author (by id), newest first, ten a page. */
export const getArchivePosts = cache(
  (by: PostFilter, id: number, page: number): Promise<Paginated<PostSummary>> =>
    listPosts({ [by]: id }, page),
);

/** A calendar period as WordPress's date archives name it: a year, a month or a day. */
export interface DatePeriod {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Posts published within `period`, newest first. The bounds are the site's local dates: WordPress
 * compares them with `post_date` (local time), exclusively, so the range is (day before, day after).
 */
export const getDatePosts = cache(
  (year: number, month: number | undefined, day: number | undefined, page: number) => {
    const start = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
    const end = new Date(start);
    if (day !== undefined) end.setUTCDate(end.getUTCDate() + 1);
    else if (month !== undefined) end.setUTCMonth(end.getUTCMonth() + 1);
    else end.setUTCFullYear(end.getUTCFullYear() + 1);
    const local = (d: Date) => d.toISOString().slice(0, 19);
    return listPosts({ after: local(new Date(start.getTime() - 1000)), before: local(end) }, page);
  },
);
