import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { logOnce } from '../log';
import { wpFetch, type WpResponse } from './client';
import type { ContentModel, ContentTaxonomy, ContentType } from './content-model';
import { NotFoundError } from './errors';
import { pageInfoFromHeaders } from './pagination';
import { contentPolicy } from './policy';
import { POSTS_PER_PAGE } from './posts';
import { FEED_ITEMS } from './rss-posts';
import { reshapePost, reshapePostSummary, reshapeTerm } from './reshape';
import {
  postEmbeds,
  postFields,
  postSummaryFields,
  termFields,
  wpEntry,
  wpEntrySummary,
  wpTerm,
} from './schemas';
import { isPlausibleSlug } from './slug';
import { tags } from './tags';
import type { Paginated, Post, PostSummary, Term } from './types';

// Items of the post types and terms of the taxonomies a plugin or theme registered (an event, a
// venue), read from the collections the content model names (lib/wordpress/content-model.ts):
// nothing here knows a type by name. Their items are posts, as they are to WordPress; only what
// WordPress publishes to visitors is asked for, so drafts and private items never come back.

/** The tag a type's listings expire under: WordPress's own types have theirs, any other its `type:` tag. */
export function listingTag(type: ContentType): string {
  return BUILTIN_LISTING_TAGS[type.name] ?? tags.postType(type.name);
}
const BUILTIN_LISTING_TAGS: Record<string, string> = { post: tags.posts, page: tags.pages };

/** Tags every read of a type's items carries: its listings', and the terms' (an item shows its terms). */
const typeTags = (type: ContentType) => [listingTag(type), tags.terms];

/** The REST read for a type's published items with this slug. */
export function entriesBySlugRequest(type: ContentType, slug: string) {
  return {
    path: type.restPath,
    query: { slug, _embed: postEmbeds, _fields: postFields },
    schema: z.array(wpEntry),
    tags: [...typeTags(type), tags.postSlug(slug)],
  };
}

export function toEntries({ data }: WpResponse<z.infer<typeof wpEntry>[]>, model: ContentModel): Post[] {
  const policy = contentPolicy();
  return data.map((raw) => reshapePost(raw, policy, model.taxonomies));
}

/** The REST read for one page of a type's items matching `filter`, newest first, ten a page. */
export function entryListRequest(
  type: ContentType,
  filter: Record<string, string | number | boolean>,
  page: number,
) {
  return {
    path: type.restPath,
    query: { page, per_page: POSTS_PER_PAGE, ...filter, _embed: postEmbeds, _fields: postSummaryFields },
    schema: z.array(wpEntrySummary),
    tags: typeTags(type),
    notFound: `${type.name} page ${page}`,
  };
}

export function toEntryList(
  { data, headers }: WpResponse<z.infer<typeof wpEntrySummary>[]>,
  page: number,
  model: ContentModel,
): Paginated<PostSummary> {
  const { wordpressHomeUrl: wordpressUrl } = getConfig();
  return {
    items: data.map((raw) => reshapePostSummary(raw, wordpressUrl, model.taxonomies)),
    pageInfo: pageInfoFromHeaders(headers, page, POSTS_PER_PAGE),
  };
}

async function listEntries(
  type: ContentType,
  filter: Record<string, string | number | boolean>,
  page: number,
  model: ContentModel,
): Promise<Paginated<PostSummary>> {
  if (!Number.isInteger(page) || page < 1) throw new NotFoundError(`${type.name} page ${page}`);
  return toEntryList(await wpFetch(entryListRequest(type, filter, page)), page, model);
}

/** The latest items of a type (matching `filter`) with their full bodies, for its feed; password-protected ones left out. */
export const getEntryFeed = cache(
  async (type: ContentType, filter: Record<string, number>, model: ContentModel): Promise<Post[]> => {
    const { data } = await wpFetch({
      path: type.restPath,
      query: { ...filter, per_page: FEED_ITEMS, _embed: postEmbeds, _fields: postFields },
      schema: z.array(wpEntry),
      tags: typeTags(type),
    });
    const policy = contentPolicy();
    return data
      .map((raw) => reshapePost(raw, policy, model.taxonomies))
      .filter((post) => !post.passwordProtected);
  },
);

/** The first of a taxonomy's types readers can see, whose items its archives and feeds list. */
export function listedType(taxonomy: ContentTaxonomy, model: ContentModel): ContentType {
  const types = taxonomy.types
    .map((name) => model.types.find((t) => t.name === name))
    .filter((t): t is ContentType => t !== undefined);
  const [type] = types;
  if (!type) throw new NotFoundError(`${taxonomy.name}: no public type`);
  if (types.length > 1) {
    logOnce(`taxonomy-types:${taxonomy.name}`, 'warn', 'wordpress', {
      message:
        'A taxonomy is shared by several post types: its archives and feeds list the first one’s items',
      taxonomy: taxonomy.name,
      listed: type.name,
      left: types.slice(1).map((t) => t.name),
    });
  }
  return type;
}

/** A post type's archive (`has_archive`): its items, newest first, ten a page. */
export const getTypeArchive = cache(
  (type: ContentType, page: number, model: ContentModel): Promise<Paginated<PostSummary>> =>
    listEntries(type, {}, page, model),
);

/**
 * A term of a taxonomy a plugin registered, by the path readers see (`/venue/harbour-hall/`): found
 * by its last slug, and only if WordPress's own link for it is that path (nested terms resolve as
 * WordPress resolves them).
 */
export const getTaxonomyTermByPath = cache(async (taxonomy: ContentTaxonomy, path: string): Promise<Term> => {
  const slug = path.split('/').filter(Boolean).at(-1) ?? '';
  if (!isPlausibleSlug(slug)) throw new NotFoundError(`${taxonomy.name} ${path}`);
  const { data } = await wpFetch({
    path: taxonomy.restPath,
    query: { slug, _fields: termFields },
    schema: z.array(wpTerm),
    tags: [tags.terms],
  });
  const wordpressUrl = getConfig().wordpressHomeUrl;
  const term = data.map((t) => reshapeTerm(t, wordpressUrl)).find((t) => t.path === path);
  if (!term) throw new NotFoundError(`${taxonomy.name} ${path}`);
  return term;
});

/**
 * A term's items, newest first, ten a page: those of the first of the taxonomy's types readers can
 * see. (WordPress lists every type the taxonomy is registered for in one query; its REST API asks
 * one collection at a time. A taxonomy shared by several types is rare, and said once in the log.)
 */
export const getTermEntries = cache(
  (taxonomy: ContentTaxonomy, termId: number, page: number, model: ContentModel) =>
    listEntries(listedType(taxonomy, model), { [taxonomy.restBase]: termId }, page, model),
);
