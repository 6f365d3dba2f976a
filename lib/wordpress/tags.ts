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
  post: (id: number) => `post:${id}`,
  page: (id: number) => `page:${id}`,
  term: (id: number) => `term:${id}`,
  author: (id: number) => `author:${id}`,
  postSlug: (slug: string) => `post-slug:${slug}`,
  pageSlug: (slug: string) => `page-slug:${slug}`,
  menu: (location: string) => `menu:${location}`,
  comments: (postId: number) => `comments:${postId}`,
} as const;
