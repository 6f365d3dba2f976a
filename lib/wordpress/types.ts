import type { CssRule } from './design/safe-css';
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
  /** BCP 47 language of the site ("en-US"): <html lang>, dates. */
  language: string;
  /** The Pressfront theme activated in wp-admin; null when none was (the default theme renders). */
  theme: string | null;
  /**
   * What the site owner customised, per theme name, as WordPress stored it: unchecked here (the data
   * layer does not know the themes); each theme validates its own (themes/_engine/options).
   */
  themeOptions: Record<string, unknown>;
  /** The site logo (Site Identity / the Site Logo block); null when none is set. */
  logo: SiteLogo | null;
}

export interface SiteLogo {
  url: string;
  width: number | null;
  height: number | null;
  alt: string;
}

export interface Author {
  id: number;
  name: string;
  slug: string;
  description: string;
  path: string;
  /** 96 px avatar from WordPress; null when the site shows none. */
  avatarUrl: string | null;
}

export interface Term {
  id: number;
  name: string;
  slug: string;
  /** WordPress's taxonomy name: `category`, `post_tag`, or one a plugin registered (`event-venue`). */
  taxonomy: string;
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

/** An item's terms in one of its type's other taxonomies (an event's venues), under the taxonomy's name. */
export interface TaxonomyTerms {
  taxonomy: string;
  /** The taxonomy's name for one of its terms, in the site's words ("Venue"). */
  label: string;
  terms: Term[];
}

/**
 * A post as listings show it: no body. Items of every post type a plugin registers are posts too,
 * as they are to WordPress (a WP_Post with its `post_type`): `type` tells them apart.
 */
export interface PostSummary {
  id: number;
  /** WordPress's post type: `post`, or one a plugin registered (`event`). */
  type: string;
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
  /** Terms in taxonomies other than categories and tags, by taxonomy; empty for a plain post. */
  taxonomyTerms: TaxonomyTerms[];
  /**
   * The custom fields its type shows in REST (register_post_meta with show_in_rest: an event's
   * start), scalar values only, as WordPress stored them: plain text, never HTML. For the themes
   * that ask for a field by name; the base theme shows none.
   */
  meta: Record<string, string | number | boolean>;
  featuredImage: Media | null;
  /** Body and excerpt are withheld until the reader gives the post's password. */
  passwordProtected: boolean;
  commentsOpen: boolean;
}

/**
 * A duotone filter (WordPress's): an image's greys mapped onto the colours' channels, each a table
 * from dark to light (0–1), as an SVG feComponentTransfer takes them.
 */
export interface DuotoneFilter {
  /** The element id the content's CSS names (`filter: url(#wp-duotone-…)`). */
  id: string;
  r: number[];
  g: number[];
  b: number[];
}

/** A post with its body, as a single post page shows it. */
export interface Post extends PostSummary {
  /** Sanitized HTML of the body. */
  contentHtml: string;
  /** The CSS WordPress generated for the body's blocks (layout containers…), checked rule by rule. */
  blockStyles: CssRule[];
  /** The SVG filters the body's duotone images name. */
  duotoneFilters: DuotoneFilter[];
  readingMinutes: number;
  /**
   * The excerpt to show above the body: the author's own, never WordPress's copy of the opening
   * words the reader is about to read (null then).
   */
  standfirst: string | null;
  /** The body opens with the featured image: show it once, there. */
  featuredImageInBody: boolean;
}

export interface Page {
  id: number;
  slug: string;
  path: string;
  title: string;
  contentHtml: string;
  /** The CSS WordPress generated for the body's blocks (layout containers…), checked rule by rule. */
  blockStyles: CssRule[];
  /** The SVG filters the body's duotone images name. */
  duotoneFilters: DuotoneFilter[];
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
  /** A site path, or a full URL for links off the site. */
  path: string;
  children?: NavItem[];
}

/** An approved comment and its replies; `contentHtml` is sanitized. */
export interface Comment {
  id: number;
  authorName: string;
  /** The commenter's website (http/https only), linked with rel="ugc nofollow". */
  authorUrl: string | null;
  publishedAt: string;
  contentHtml: string;
  replies: Comment[];
}

/** One page of a post's comment threads, and whether new comments are accepted. */
export interface CommentSection {
  postId: number;
  open: boolean;
  /** All approved comments, replies included. */
  total: number;
  page: number;
  totalPages: number;
  threads: Comment[];
}
