import type { CommentSection, Page, Paginated, Post, PostSummary } from './types';

// What a page shows: the "query" a WordPress template is chosen for, as the routes resolve it from
// a path and the themes render it. The data layer's model, so the layers below themes (routing,
// SEO) can speak of it without importing a theme.

/** What a page shows: the "query" a WordPress template is chosen for. */
export type View =
  | {
      kind: 'home';
      sticky: PostSummary[];
      posts: Paginated<PostSummary>;
      /** The listing's page-1 path: "/" or, with a static front page, the posts page's. */
      path: string;
      isFrontPage: boolean;
    }
  | {
      kind: 'singular';
      entry: { type: 'post'; post: Post } | { type: 'page'; page: Page };
      /** A page the site shows as its front page (Settings → Reading). */
      isFrontPage?: boolean;
      /** A password-protected post the reader has not unlocked: show the password form, not the body. */
      locked?: boolean;
      /** Posts only: the neighbours in time and a few from the same category. */
      related?: PostRelations;
      /** Posts only: the conversation under it. */
      comments?: CommentSection;
    }
  | { kind: 'archive'; archive: Archive; posts: Paginated<PostSummary> }
  | { kind: 'search'; query: string; posts: Paginated<PostSummary> }
  | { kind: '404' };

export interface Archive {
  /** post-type: a type's own archive (/events/); taxonomy: a term of a taxonomy a plugin registered. */
  kind: 'category' | 'tag' | 'author' | 'date' | 'post-type' | 'taxonomy';
  /** 0 for date and post-type archives. */
  id: number;
  slug: string;
  title: string;
  description: string;
  /** The archive's page-1 path, e.g. /category/science/climate/. */
  path: string;
  /** Post-type archives: the type's name (`event`); taxonomy archives: the taxonomy's (`event-venue`). */
  contentName?: string;
  /**
   * What the archive is of in the site's own words, where WordPress names it (a taxonomy's
   * "Venue"); themes say it in theirs for the kinds they know.
   */
  label?: string;
  /** Author archives: the author's avatar, when the site shows avatars. */
  avatarUrl?: string | null;
}

export interface PostRelations {
  previous: PostSummary | null;
  next: PostSummary | null;
  sameCategory: PostSummary[];
}
