// Cache tags for every WordPress read. The revalidation handler maps WordPress events to these,
// so their shapes are part of the contract with the companion plugin: change them together.
export const tags = {
  /** On every cached read as well: expiring it expires everything read from WordPress. */
  all: 'wordpress',
  site: 'site',
  posts: 'posts',
  pages: 'pages',
  terms: 'terms',
  authors: 'authors',
  media: 'media',
  /** The site's design (the companion plugin's /design): Styles saved, a variation picked, the PHP theme switched. */
  design: 'design',
  /** The block theme's navigation (a wp_navigation post, the companion plugin's /navigation). */
  navigation: 'navigation',
  /** The site's post types and taxonomies (the companion plugin's /content-model): a plugin switched on or off. */
  contentModel: 'content-model',
  /** The widget areas' output (the companion plugin's /widgets): widgets saved in Appearance → Widgets. */
  widgets: 'widgets',
  /** Items of a post type a plugin registered (posts and pages have their own tags). */
  postType: (name: string) => `type:${name}`,
  post: (id: number) => `post:${id}`,
  page: (id: number) => `page:${id}`,
  term: (id: number) => `term:${id}`,
  author: (id: number) => `author:${id}`,
  postSlug: (slug: string) => `post-slug:${slug}`,
  pageSlug: (slug: string) => `page-slug:${slug}`,
  menu: (location: string) => `menu:${location}`,
  comments: (postId: number | string) => `comments:${postId}`,
  /**
   * Expired with every `comments:N` (server/revalidation/process-change-feed.ts), never sent by the plugin: for cache
   * entries that may hold any post's comments (a bundle's follow-ups, lib/wordpress/bundle.ts).
   */
  anyComments: 'comments',
} as const;

/**
 * The tags to expire in the data cache when these are revalidated: these and the umbrellas over
 * them (`anyComments` with any `comments:N`). Umbrellas are for the data cache only: no page
 * carries one, so the page cache and the edge need not hear of them.
 */
export function withUmbrellaTags(expired: readonly string[]): string[] {
  const prefix = tags.comments('');
  const umbrellas = expired.some((tag) => tag.startsWith(prefix)) ? [tags.anyComments] : [];
  return [...new Set([...expired, ...umbrellas])];
}
