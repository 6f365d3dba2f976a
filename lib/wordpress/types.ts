// Pressfront's own content types. Everything outside lib/wordpress works with these, never with
// REST shapes. HTML-bearing fields are already sanitized; text fields are plain text.

export interface Site {
  name: string;
  description: string;
  /** The WordPress home URL, e.g. https://example.com (no trailing slash). */
  url: string;
  /** IANA zone ("Europe/Lisbon") or a fixed offset ("+05:30") when the site uses one. */
  timeZone: string;
  iconUrl: string | null;
}

export interface Author {
  id: number;
  name: string;
  slug: string;
  description: string;
  path: string;
}

export interface Term {
  id: number;
  name: string;
  slug: string;
  taxonomy: 'category' | 'post_tag';
  path: string;
  /** Plain text; empty when not known (terms embedded in posts carry none). */
  description: string;
}

export interface ImageSource {
  url: string;
  width: number;
  height: number;
}

export interface Media {
  id: number;
  url: string;
  width: number;
  height: number;
  alt: string;
  /** Plain-text caption; empty when there is none. */
  caption: string;
  /** Every size WordPress made, smallest first, for srcset. */
  sources: ImageSource[];
}

/** A post as listings show it: no body. */
export interface PostSummary {
  id: number;
  slug: string;
  path: string;
  title: string;
  excerpt: string;
  /** ISO 8601 instants in UTC. */
  publishedAt: string;
  modifiedAt: string;
  sticky: boolean;
  author: Author | null;
  categories: Term[];
  tags: Term[];
  featuredImage: Media | null;
}

/** A post with its body, as a single post page shows it. */
export interface Post extends PostSummary {
  /** Sanitized HTML of the body. */
  contentHtml: string;
  readingMinutes: number;
}

export interface Page {
  id: number;
  slug: string;
  path: string;
  title: string;
  contentHtml: string;
  publishedAt: string;
  modifiedAt: string;
  featuredImage: Media | null;
}

export interface PageInfo {
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export interface Paginated<T> {
  items: T[];
  pageInfo: PageInfo;
}

export interface NavItem {
  label: string;
  path: string;
}
