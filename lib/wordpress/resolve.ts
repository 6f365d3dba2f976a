import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { wpFetch } from './client';
import { getContentModel, type ContentModel, type ContentTaxonomy, type ContentType } from './content-model';
import { entriesBySlugRequest, getTaxonomyTermByPath, toEntries } from './entries';
import { NotFoundError } from './errors';
import { wpFetchBundle } from './bundle';
import { pagesBySlugRequest, toPages } from './pages';
import { getPostById, postsBySlugRequest, toPosts } from './posts';
import { surroundingRequests, surroundingTags } from './post-surroundings';
import { toSitePath } from './reshape';
import { comparablePath } from '../util/same-path';
import { isPlausibleSlug } from './slug';
import { tags } from './tags';
import type { Page, Post, Term } from './types';

/** A post of any type (its `type` says which) or a page. */
export type Singular = { kind: 'post'; post: Post } | { kind: 'page'; page: Page };
export type Resolution =
  | Singular
  | { kind: 'redirect'; to: string }
  /** A post type's own archive (`has_archive`): /events/. */
  | { kind: 'type-archive'; type: ContentType }
  /** A term of a taxonomy a plugin registered: /venue/harbour-hall/. */
  | { kind: 'term'; taxonomy: ContentTaxonomy; term: Term };

/**
 * What a path names, whatever the site's permalink structure: the post or page whose own `link`
 * is this path (WordPress's links are the source of truth, so `/%year%/%monthnum%/%postname%/`,
 * `/%postname%/`, `/archives/%post_id%` and nested pages all resolve).
 *
 * Anything reachable but not canonical is a redirect, as WordPress's redirect_canonical does: a
 * post under a wrong date or a page under a wrong parent, an attachment (to its parent), and —
 * when the Pressfront Bridge plugin is installed — a slug the post used to have.
 *
 * Post types and taxonomies a plugin registered come first, as their rewrite rules do in
 * WordPress: their archives, and whatever is under their permalink base (lib/wordpress/content-model.ts).
 */
export const resolvePath = cache(async (path: string): Promise<Resolution> => {
  const slug = path.split('/').filter(Boolean).at(-1) ?? '';
  if (!isPlausibleSlug(slug)) throw new NotFoundError(`path ${path}`);
  // The site's content model (a data-cache hit on every page but the site's first) is asked
  // beside the post and page lookups, never before them: a post costs no extra round trip.
  const model = getContentModel();
  // A one-segment path may name a post or a page: both are looked up, in one request to
  // WordPress when the Bridge plugin can bundle them — with what goes around a post found, so a
  // post never rendered costs that one request.
  const lookups = Promise.all([
    wpFetchBundle([postsBySlugRequest(slug), pagesBySlugRequest(slug)] as const, {
      then: ({ localDate, ...place }) =>
        localDate === null ? [] : surroundingRequests({ ...place, localDate }),
      thenTags: surroundingTags,
    }),
    // `/%post_id%/` structures end in the id, which is never a slug WordPress would give a post.
    /^\d{1,10}$/.test(slug) ? orNone(getPostById(Number(slug))) : Promise.resolve(null),
  ]);
  // Awaited below unless the path is a plugin's type's or taxonomy's, when its answers do not
  // matter: marked handled so that an early return or a failed model leaves no stray rejection.
  lookups.catch(() => undefined);
  const registered = await resolveRegistered(path, await model);
  if (registered) return registered;
  const [[postsAnswer, pagesAnswer], byId] = await lookups;
  const posts = toPosts(postsAnswer);
  const pages = toPages(pagesAnswer);
  const bySlug: Singular[] = [
    ...posts.map((post) => ({ kind: 'post' as const, post })),
    ...pages.map((page) => ({ kind: 'page' as const, page })),
  ];
  const wanted = comparablePath(path);
  // A post found by id only counts when its own link is this path (`/archives/123/`): a number
  // at the end of any other path (`/2026/02/30/`) must not lead to whichever post has that id.
  const candidates = byId ? [...bySlug, { kind: 'post' as const, post: byId }] : bySlug;
  const exact = candidates.find((c) => comparablePath(pathOf(c)) === wanted);
  if (exact) return exact;
  const [nearest] = bySlug;
  if (nearest) return { kind: 'redirect', to: pathOf(nearest) };

  const moved = (await attachmentParent(slug)) ?? (await oldSlugTarget(slug));
  if (moved && comparablePath(moved) !== wanted) return { kind: 'redirect', to: moved };
  throw new NotFoundError(`path ${path}`);
});

const pathOf = (s: Singular) => (s.kind === 'post' ? s.post.path : s.page.path);

/**
 * What a path names among the post types and taxonomies plugins registered: a type's archive, or
 * an item or a term under a permalink base (the longest base that fits: `events/venue` before
 * `events`). Under a base, WordPress looks nowhere else: an item that is not there is a 404, not
 * a page with that path. Null when the path is under none of them.
 */
async function resolveRegistered(path: string, model: ContentModel): Promise<Resolution | null> {
  const wanted = comparablePath(path);
  const types = model.types.filter((t) => !t.builtin);
  const archived = types.find((t) => t.archivePath !== null && comparablePath(t.archivePath) === wanted);
  if (archived) return { kind: 'type-archive', type: archived };
  const [under] = [
    ...types.map((type) => ({ type, taxonomy: null, base: type.permalinkBase })),
    ...model.taxonomies
      .filter((t) => !t.builtin)
      .map((taxonomy) => ({ type: null, taxonomy, base: taxonomy.permalinkBase })),
  ]
    .flatMap((entry) =>
      entry.base === null ? [] : [{ ...entry, prefix: `/${comparablePath(entry.base)}/` }],
    )
    .filter(({ prefix }) => wanted.startsWith(prefix) && wanted.length > prefix.length)
    .sort((a, b) => b.prefix.length - a.prefix.length);
  if (!under) return null;
  if (under.taxonomy) {
    return {
      kind: 'term',
      taxonomy: under.taxonomy,
      term: await getTaxonomyTermByPath(under.taxonomy, path),
    };
  }
  const slug = path.split('/').filter(Boolean).at(-1) ?? '';
  const items = toEntries(await wpFetch(entriesBySlugRequest(under.type, slug)), model);
  const exact = items.find((post) => comparablePath(post.path) === wanted);
  if (exact) return { kind: 'post', post: exact };
  const [nearest] = items;
  if (nearest) return { kind: 'redirect', to: nearest.path };
  throw new NotFoundError(`${under.type.name} ${path}`);
}

async function orNone<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

const wpAttachment = z.object({
  id: z.number().int(),
  post: z.number().int().nullable(),
  source_url: z.string(),
});
const wpLink = z.object({ link: z.string() });

/** An attachment page's path goes to the post it was uploaded to, or to the file itself. */
async function attachmentParent(slug: string): Promise<string | null> {
  const { data } = await wpFetch({
    path: '/wp/v2/media',
    query: { slug, _fields: 'id,post,source_url' },
    schema: z.array(wpAttachment),
    tags: [tags.media],
  });
  const [attachment] = data;
  if (!attachment) return null;
  const { wordpressHomeUrl: wordpressUrl } = getConfig();
  if (attachment.post) {
    for (const collection of ['posts', 'pages']) {
      const parent = await orNone(
        wpFetch({
          path: `/wp/v2/${collection}/${attachment.post}`,
          query: { _fields: 'link' },
          schema: wpLink,
          tags: [tags.posts, tags.pages],
        }),
      );
      if (parent) return toSitePath(parent.data.link, wordpressUrl);
    }
  }
  return attachment.source_url;
}

/** Where a former slug went, from the Bridge plugin; without the plugin there is no answer. */
async function oldSlugTarget(slug: string): Promise<string | null> {
  const found = await orNone(
    wpFetch({
      path: '/pressfront/v1/redirect',
      query: { slug },
      schema: wpLink,
      tags: [tags.posts, tags.pages],
    }),
  );
  return found ? toSitePath(found.data.link, getConfig().wordpressHomeUrl) : null;
}
