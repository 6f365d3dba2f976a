import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '../config';
import { logOnce } from '../log';
import { wpFetch } from './client';
import { NotFoundError } from './errors';
import { logNoticeOnce } from './log';
import { toSitePath } from './reshape';
import { tags } from './tags';

// The site's content model — its post types and taxonomies, whichever plugin or theme registered
// them — as WordPress resolves it (the companion plugin's /pressfront/v1/content-model): what the
// frontend routes, lists and searches, discovered, never named in our code. Each entry is checked
// on its own: one a plugin registered oddly is left out (logged), the rest still route.

const identifier = z.string().regex(/^[a-z0-9_-]{1,32}$/);
const restBase = z.string().regex(/^[a-z0-9_-]{1,100}$/i);
const restNamespace = z.string().regex(/^[a-z0-9-]{1,50}\/v\d{1,3}$/);
const label = z.string().max(200);
const permalinkBase = z
  .string()
  .regex(/^[\p{L}\p{N}%_.~/-]{0,200}$/u)
  .nullable();

/** What a post type and a taxonomy both say of themselves. */
const wpEntry = {
  name: identifier,
  label,
  singular_label: label,
  builtin: z.boolean(),
  rest_base: restBase,
  rest_namespace: restNamespace,
  hierarchical: z.boolean(),
  permalink_base: permalinkBase,
};
const wpType = z.object({
  ...wpEntry,
  archive: z.string().max(2000).nullable(),
  searchable: z.boolean(),
  taxonomies: z.array(identifier).max(100),
});
const wpTaxonomy = z.object({ ...wpEntry, types: z.array(identifier).max(100) });
const wpContentModel = z.object({
  types: z.array(z.unknown()).max(500),
  taxonomies: z.array(z.unknown()).max(500),
});
export type WpContentModel = z.infer<typeof wpContentModel>;

/** What a post type and a taxonomy both are to the frontend. */
interface ContentEntry {
  name: string;
  label: string;
  singularLabel: string;
  /** WordPress's own (post, page, attachment; category, post_tag): routed as they always were. */
  builtin: boolean;
  /** Its REST collection, e.g. /wp/v2/events. */
  restPath: string;
  /** The collection's last segment, e.g. `event-venues`: a taxonomy's filter on its types' collections. */
  restBase: string;
  hierarchical: boolean;
  /** The first segment of its permalinks (rewrite slug), e.g. `events`; null when it has none. */
  permalinkBase: string | null;
}

/** A post type readers can see: posts and pages, and every type a plugin or theme registered. */
export interface ContentType extends ContentEntry {
  /** Its archive's path on this site (`has_archive`), e.g. /events/; null when it has none. */
  archivePath: string | null;
  searchable: boolean;
  taxonomies: string[];
}

/** A taxonomy readers can see: categories, tags, and every one a plugin or theme registered. */
export interface ContentTaxonomy extends ContentEntry {
  types: string[];
}

export interface ContentModel {
  types: ContentType[];
  taxonomies: ContentTaxonomy[];
}

/** Each entry checked on its own; what fails is left out and logged once, with why. */
function checked<T>(entries: unknown[], schema: z.ZodType<T>, what: string): T[] {
  return entries.flatMap((entry) => {
    const result = schema.safeParse(entry);
    if (result.success) return [result.data];
    const name = typeof entry === 'object' && entry && 'name' in entry ? String(entry.name) : '?';
    logOnce(`content-model:${what}:${name.slice(0, 40)}`, 'error', 'wordpress', {
      message: `WordPress describes a ${what} Pressfront cannot route: left out`,
      name: name.slice(0, 100),
      problems: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 5),
    });
    return [];
  });
}

/** The plugin's answer as our model, archive addresses as this site's paths. */
export function reshapeContentModel(raw: WpContentModel, wordpressUrl: string): ContentModel {
  const archivePath = (link: string | null) => {
    if (!link) return null;
    const path = toSitePath(link, wordpressUrl);
    return path.startsWith('/') ? path : null;
  };
  const entry = (e: z.infer<z.ZodObject<typeof wpEntry>>): ContentEntry => ({
    name: e.name,
    label: e.label,
    singularLabel: e.singular_label,
    builtin: e.builtin,
    restPath: `/${e.rest_namespace}/${e.rest_base}`,
    restBase: e.rest_base,
    hierarchical: e.hierarchical,
    permalinkBase: e.permalink_base || null,
  });
  return {
    types: checked(raw.types, wpType, 'post type').map((t) => ({
      ...entry(t),
      archivePath: archivePath(t.archive),
      searchable: t.searchable,
      taxonomies: t.taxonomies,
    })),
    taxonomies: checked(raw.taxonomies, wpTaxonomy, 'taxonomy').map((t) => ({ ...entry(t), types: t.types })),
  };
}

/** What every WordPress has, for a site without the plugin to say more. */
export const BUILTIN_CONTENT_MODEL: ContentModel = {
  types: [
    {
      name: 'post',
      label: 'Posts',
      singularLabel: 'Post',
      builtin: true,
      restPath: '/wp/v2/posts',
      restBase: 'posts',
      hierarchical: false,
      archivePath: null,
      permalinkBase: null,
      searchable: true,
      taxonomies: ['category', 'post_tag'],
    },
    {
      name: 'page',
      label: 'Pages',
      singularLabel: 'Page',
      builtin: true,
      restPath: '/wp/v2/pages',
      restBase: 'pages',
      hierarchical: true,
      archivePath: null,
      permalinkBase: null,
      searchable: true,
      taxonomies: [],
    },
  ],
  taxonomies: [
    {
      name: 'category',
      label: 'Categories',
      singularLabel: 'Category',
      builtin: true,
      restPath: '/wp/v2/categories',
      restBase: 'categories',
      hierarchical: true,
      permalinkBase: 'category',
      types: ['post'],
    },
    {
      name: 'post_tag',
      label: 'Tags',
      singularLabel: 'Tag',
      builtin: true,
      restPath: '/wp/v2/tags',
      restBase: 'tags',
      hierarchical: false,
      permalinkBase: 'tag',
      types: ['post'],
    },
  ],
};

/**
 * The site's post types and taxonomies. Without the plugin, WordPress's own (posts, pages,
 * categories, tags), said once in the log: core's REST API does not tell a visitor which types
 * are public, nor their permalinks.
 */
export const getContentModel = cache(async (): Promise<ContentModel> => {
  try {
    const { data } = await wpFetch({
      path: '/pressfront/v1/content-model',
      schema: wpContentModel,
      tags: [tags.contentModel],
      notFound: 'the content model (the companion plugin)',
    });
    return reshapeContentModel(data, getConfig().wordpressHomeUrl);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  logNoticeOnce(
    'content-model-without-plugin',
    'WordPress has no /pressfront/v1/content-model (the Pressfront Bridge plugin is not active): only ' +
      'posts, pages, categories and tags are routed; custom post types and taxonomies need the plugin.',
  );
  return BUILTIN_CONTENT_MODEL;
});
