// The parts of WordPress REST responses Pressfront reads, validated at the boundary.
// Unknown fields are dropped; a missing or mistyped field is an UpstreamError naming the endpoint.
import { z } from 'zod';
import { log } from '../log';

const rendered = z.object({ rendered: z.string() });

/** `_embedded` entries the reader may not see come back as `{code, message}`: treat as absent. */
const embeddable = <T extends z.ZodType>(schema: T) => z.union([schema, z.object({ code: z.string() })]);

export const wpUser = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  description: z.string().default(''),
  link: z.string(),
  /** Absent when the site turns avatars off (Settings → Discussion). */
  avatar_urls: z.record(z.string(), z.string()).optional(),
});

export const wpTerm = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  taxonomy: z.string(),
  link: z.string(),
  description: z.string().optional(),
});

const wpSize = z.object({
  width: z.number(),
  height: z.number(),
  source_url: z.string(),
});

export const wpMedia = z.object({
  id: z.number().int(),
  source_url: z.string(),
  alt_text: z.string().default(''),
  caption: rendered.optional(),
  media_type: z.string().optional(),
  media_details: z
    .object({
      width: z.number().optional(),
      height: z.number().optional(),
      sizes: z.record(z.string(), wpSize).optional(),
    })
    .optional(),
});

const embedded = z
  .object({
    author: z.array(embeddable(wpUser)).optional(),
    'wp:featuredmedia': z.array(embeddable(wpMedia)).optional(),
    'wp:term': z.array(z.array(wpTerm)).optional(),
  })
  .optional();

const wpSingular = {
  id: z.number().int(),
  slug: z.string(),
  link: z.string(),
  /** Null for a draft that has never been given a date. */
  date_gmt: z.string().nullable(),
  modified_gmt: z.string(),
  title: rendered,
  content: rendered.extend({ protected: z.boolean().optional() }),
  /** The CSS WordPress generated for the content's blocks (the companion plugin); untrusted. */
  pressfront_block_css: z.string().optional().catch(undefined),
  /** The duotone filters the content's blocks name (the companion plugin, 6.3+); untrusted. */
  pressfront_duotone_filters: z
    .array(z.object({ id: z.string(), colors: z.array(z.string()).max(8) }))
    .max(50)
    .optional()
    .catch(undefined),
  featured_media: z.number().int().default(0),
  _embedded: embedded,
};

const {
  content: singularContent,
  pressfront_block_css: singularBlockCss,
  pressfront_duotone_filters: singularDuotone,
  ...singularWithoutContent
} = wpSingular;

/** A post in a listing: everything but the body, which listings never show. */
export const wpPostSummary = z.object({
  ...singularWithoutContent,
  /** The post type; absent from answers recorded before it was asked for, which were all posts. */
  type: z.string().default('post'),
  excerpt: rendered.extend({ protected: z.boolean().optional() }),
  sticky: z.boolean().default(false),
  author: z.number().int(),
  comment_status: z.string().default('closed'),
  /** Custom fields the type shows in REST (register_post_meta, show_in_rest); read in reshape. */
  meta: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

export const wpPost = wpPostSummary.extend({
  content: singularContent,
  pressfront_block_css: singularBlockCss,
  pressfront_duotone_filters: singularDuotone,
  /** Whether the author wrote the excerpt (the companion plugin says); absent without it. */
  pressfront_excerpt_manual: z.boolean().optional().catch(undefined),
});

export const wpPage = z.object(wpSingular);

/**
 * An item of a post type a plugin registered: a post's shape, but a type may leave out what it does
 * not support (`supports`: no title, no editor, no excerpt, no author), and WordPress then leaves
 * the field out of its REST answer. What is missing reads as empty, as WordPress shows it.
 */
const entryTolerance = {
  title: rendered.default({ rendered: '' }),
  excerpt: rendered.extend({ protected: z.boolean().optional() }).default({ rendered: '' }),
  author: z.number().int().default(0),
};
export const wpEntrySummary = wpPostSummary.extend(entryTolerance);
export const wpEntry = wpPost.extend({
  ...entryTolerance,
  content: singularContent.default({ rendered: '' }),
});

export const wpIndex = z.object({
  name: z.string(),
  description: z.string().default(''),
  home: z.string(),
  gmt_offset: z.union([z.number(), z.string()]).default(0),
  timezone_string: z.string().default(''),
  site_icon_url: z.string().optional(),
  /** The Pressfront theme activated in wp-admin (the companion plugin adds it); "" for none. */
  pressfront_theme: z.string().optional(),
  /** Theme options by theme name (the companion plugin); anything but an object reads as none. */
  pressfront_theme_options: z
    .record(z.string(), z.unknown())
    .optional()
    .catch((ctx) => {
      log('error', 'wordpress', {
        message: 'pressfront_theme_options in the REST index is not an object: theme options ignored',
        got: typeof ctx.value,
      });
      return undefined;
    }),
  /** The site logo's image (the companion plugin), null when none is set. */
  pressfront_site_logo: z
    .object({
      url: z.string().regex(/^https?:\/\//),
      width: z.number().int().positive().nullable().catch(null),
      height: z.number().int().positive().nullable().catch(null),
      alt: z.string().catch(''),
    })
    .nullable()
    .optional()
    .catch(() => {
      log('error', 'wordpress', {
        message: 'pressfront_site_logo in the REST index is malformed: no logo shown',
      });
      return null;
    }),
});

export type WpPost = z.infer<typeof wpPost>;
export type WpPostSummary = z.infer<typeof wpPostSummary>;
export type WpPage = z.infer<typeof wpPage>;
export type WpUser = z.infer<typeof wpUser>;
export type WpTerm = z.infer<typeof wpTerm>;
export type WpMedia = z.infer<typeof wpMedia>;
export type WpIndex = z.infer<typeof wpIndex>;

// The fields each request asks for: what the schemas above read, nothing more. `_links` must be
// asked for, or WordPress drops `_embedded`.
const singularFields = [
  'id',
  'slug',
  'link',
  'date_gmt',
  'modified_gmt',
  'title',
  'content',
  'pressfront_block_css',
  'pressfront_duotone_filters',
  'featured_media',
];
export const pageFields = [...singularFields, '_links', '_embedded'].join(',');
const postOnlyFields = [
  'type',
  'meta',
  'excerpt',
  'sticky',
  'author',
  'comment_status',
  'categories',
  'tags',
  '_links',
  '_embedded',
];
export const postFields = [...singularFields, ...postOnlyFields, 'pressfront_excerpt_manual'].join(',');
/** Listings leave out `content`: ten bodies would be fetched and sanitized for nothing. */
export const postSummaryFields = [
  ...singularFields.filter(
    (f) => f !== 'content' && f !== 'pressfront_block_css' && f !== 'pressfront_duotone_filters',
  ),
  ...postOnlyFields,
].join(',');
export const termFields = 'id,name,slug,taxonomy,link,description';
export const userFields = 'id,name,slug,description,link,avatar_urls';
export const indexFields =
  'name,description,home,gmt_offset,timezone_string,site_icon_url,pressfront_theme,pressfront_theme_options,pressfront_site_logo';
export const postEmbeds = 'author,wp:featuredmedia,wp:term';
