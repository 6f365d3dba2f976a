import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { wpFetch } from './client';
import { NotFoundError } from './errors';
import { listPosts } from './posts';
import { reshapeAuthor, reshapeTerm } from './reshape';
import { termFields, userFields, wpTerm, wpUser } from './schemas';
import { isPlausibleSlug } from './slug';
import { tags } from './tags';
import type { Author, Paginated, PostSummary, Term } from './types';

export type TermTaxonomy = 'category' | 'post_tag';

const collection: Record<TermTaxonomy, string> = { category: '/wp/v2/categories', post_tag: '/wp/v2/tags' };

/**
 * A category or tag by the path readers see (`/category/science/climate/`): found by its last
 * slug, and only if WordPress's own link for it is that path, so nested categories resolve as
 * WordPress resolves them.
 */
export const getTermByPath = cache(async (taxonomy: TermTaxonomy, path: string): Promise<Term> => {
  const slug = path.split('/').filter(Boolean).at(-1) ?? '';
  if (!isPlausibleSlug(slug)) throw new NotFoundError(`${taxonomy} ${path}`);
  const { data } = await wpFetch({
    path: collection[taxonomy],
    query: { slug, _fields: termFields },
    schema: z.array(wpTerm),
    tags: [tags.terms],
  });
  const wordpressUrl = getConfig().wordpressUrl;
  const term = data.map((t) => reshapeTerm(t, wordpressUrl)).find((t) => t?.path === path);
  if (!term) throw new NotFoundError(`${taxonomy} ${path}`);
  return term;
});

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
  return reshapeAuthor(raw, getConfig().wordpressUrl);
});

export type PostFilter = 'categories' | 'tags' | 'author';

/** Posts in a category, with a tag or by an author (by id), newest first, ten a page. */
export const getArchivePosts = cache(
  (by: PostFilter, id: number, page: number): Promise<Paginated<PostSummary>> =>
    listPosts({ [by]: id }, page),
);
