import type { ComponentType, ReactNode } from 'react';
import type {
  Archive,
  CommentSection,
  Media,
  NavItem,
  PageInfo,
  PostRelations,
  PostSummary,
  Site,
  Term,
  View,
} from '@/lib/wordpress';
import type { ThemeOptions, ThemeOptionsDeclaration, ThemeOptionValues } from './options/declare';
import type { ThemeTokens } from './tokens';
import type { Overrides, Translate } from '@/lib/i18n/translate';

// The contract every theme implements. Routes and the content renderer know only this.
// A theme folder exports a ThemeDefinition; defineTheme() fills what it leaves out from the base theme.

// What a page shows (View and friends) is the data layer's model; themes render it.
export type { Archive, CommentSection, NavItem, PostRelations, View };
export type { ThemeOptionValues, Translate };

/** Who the theme is, for credits and the preview bar. */
export interface ThemeInfo {
  name: string;
  label: string;
}

export interface LayoutProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  theme: ThemeInfo;
  navigation: NavItem[];
  /** The footer menu; empty when the site has none. */
  footerNavigation: NavItem[];
  slots: Slots;
  /** What the site owner chose in wp-admin (validated; defaults where nothing was chosen). */
  options: ThemeOptionValues;
  children: ReactNode;
}
export interface HeaderProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  navigation: NavItem[];
  slots: Slots;
}
export interface NavigationProps {
  items: NavItem[];
  /** The landmark's name, in the site's language ("Sections" for the header menu). */
  label: string;
}
export interface FooterProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  theme: ThemeInfo;
  navigation: NavItem[];
  slots: Slots;
  options: ThemeOptionValues;
}
export interface PostNavigationProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  relations: PostRelations;
  slots: Slots;
  options: ThemeOptionValues;
}
export interface CommentsProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  section: CommentSection;
  /** The post's path, for comment-page links and the reply target. */
  postPath: string;
}
export interface PasswordFormProps {
  postId: number;
  t: Translate;
}
export interface PostCardProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  post: PostSummary;
  site: Site;
  /** lead: the front page's first story; grid: a card among cards; list: a row in one column. */
  variant: 'lead' | 'grid' | 'list';
  /**
   * The first card of the page's main listing (an archive, search results, the front page): above
   * the fold on a phone, so its image loads first (eager, high priority) — the others lazily.
   */
  first?: boolean;
  slots: Slots;
  options: ThemeOptionValues;
}
export interface PostMetaProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  post: PostSummary;
  site: Site;
  /** Shown where the body is known (single post pages), unless the site owner turned it off. */
  readingMinutes?: number;
  options: ThemeOptionValues;
}
export interface PaginationProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  pageInfo: PageInfo;
  /** The listing's page-1 path; page n is `${basePath}page/n/`. */
  basePath: string;
  /** Query string kept on every page link (search terms), without "?". */
  query?: string;
}
export interface FigureProps {
  media: Media;
  /** The `sizes` attribute for the image. */
  sizes: string;
  priority?: boolean;
  /** Caption to show; defaults to the media's own. */
  caption?: string;
  className?: string;
}
export interface SubscribeCtaProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  variant: 'inline' | 'footer';
  /** The post the call-to-action is on, recorded with the sign-up; absent elsewhere. */
  source?: number;
  options: ThemeOptionValues;
}
export interface SearchFormProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  query?: string;
}
export interface NotFoundProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  slots: Slots;
}
/** The scheme toggle runs in the browser: it gets its words, not the translator. */
export interface SchemeToggleProps {
  labels: { toDark: string; toLight: string; switch: string; dark: string; light: string };
}
export interface CategoryLabelProps {
  category: Term | undefined;
}

/** The replaceable parts of a theme. Each has a base implementation a theme may override. */
export interface Slots {
  Layout: ComponentType<LayoutProps>;
  Header: ComponentType<HeaderProps>;
  Navigation: ComponentType<NavigationProps>;
  Footer: ComponentType<FooterProps>;
  PostCard: ComponentType<PostCardProps>;
  PostMeta: ComponentType<PostMetaProps>;
  CategoryLabel: ComponentType<CategoryLabelProps>;
  Pagination: ComponentType<PaginationProps>;
  Figure: ComponentType<FigureProps>;
  SubscribeCta: ComponentType<SubscribeCtaProps>;
  SearchForm: ComponentType<SearchFormProps>;
  SchemeToggle: ComponentType<SchemeToggleProps>;
  NotFound: ComponentType<NotFoundProps>;
  PostNavigation: ComponentType<PostNavigationProps>;
  Comments: ComponentType<CommentsProps>;
  PasswordForm: ComponentType<PasswordFormProps>;
}

export const slotNames = [
  'Layout',
  'Header',
  'Navigation',
  'Footer',
  'PostCard',
  'PostMeta',
  'CategoryLabel',
  'Pagination',
  'Figure',
  'SubscribeCta',
  'SearchForm',
  'SchemeToggle',
  'NotFound',
  'PostNavigation',
  'Comments',
  'PasswordForm',
] as const satisfies readonly (keyof Slots)[];

/** An <img> found in post content, its attributes as WordPress wrote them (after sanitizing). */
export interface ContentImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  srcSet?: string;
  sizes?: string;
  className?: string;
  /** Where the image links (a classic caption's or gallery's link to the full-size file), if anywhere. */
  href?: string;
  /** The page's lead image (the body opens with it, no featured image above): load it first, not lazily. */
  priority?: boolean;
}

export interface ImageFigureProps {
  image: ContentImage;
  /** The figcaption's content, or null. */
  caption: ReactNode;
  /** The figure's classes (wp-block-image, size-large, alignwide…), kept for the theme's CSS. */
  className: string;
}
/** A gallery: WordPress's classic [gallery] shortcode, in either of its markups. */
export interface GalleryProps {
  /** The group's name for assistive technology ("Gallery of 3 images"). */
  label: string;
  items: { image: ContentImage; caption: ReactNode }[];
  /** The columns the author chose (1 to 9). */
  columns: number;
  className: string;
}
export interface QuoteProps {
  children: ReactNode;
  /** The <cite> content, or null. */
  cite: ReactNode;
  /** A pull quote (wp-block-pullquote) rather than a quotation in the text. */
  pull: boolean;
  className: string;
}
export interface HeadingProps {
  level: 2 | 3 | 4 | 5 | 6;
  /** Stable, unique in the post: for anchor links. */
  id: string;
  children: ReactNode;
  className: string;
}
export interface TableProps {
  /** The scrolling region's name ("Table"). */
  label: string;
  /** The <table> itself; the component decides how it scrolls on small screens. */
  children: ReactNode;
  className: string;
}

export interface EmbedProps {
  /** The link's words when there is no player ("Watch or listen on YouTube"). */
  linkText: string;
  /** The embedded page's address (the link readers can always follow), or null. */
  url: string | null;
  /** WordPress's provider name ("youtube", "vimeo" …), or null. */
  provider: string | null;
  /** The player, when the post has one from an allowed host (already sandboxed); else null. */
  frame: ReactNode;
  caption: ReactNode;
  className: string;
}

/**
 * Components the content renderer uses for WordPress's blocks. Anything not here renders as
 * its own (sanitized) element, so content is never dropped.
 */
export interface ContentElements {
  ImageFigure: ComponentType<ImageFigureProps>;
  Quote: ComponentType<QuoteProps>;
  Heading: ComponentType<HeadingProps>;
  Table: ComponentType<TableProps>;
  Embed: ComponentType<EmbedProps>;
  Gallery: ComponentType<GalleryProps>;
}

export const elementNames = [
  'ImageFigure',
  'Gallery',
  'Quote',
  'Heading',
  'Table',
] as const satisfies readonly (keyof ContentElements)[];

export interface TemplateProps<V extends View = View> {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  view: V;
  slots: Slots;
  elements: ContentElements;
  options: ThemeOptionValues;
}

/**
 * A template renders the views the template hierarchy sends it (see hierarchy.ts): `single`
 * only ever gets singular views, `index` may get any. Use `templateFor` to write one for a kind.
 */
export type Template = ComponentType<TemplateProps>;

/** What a theme folder exports. Everything but identity and tokens is optional. */
export interface ThemeDefinition {
  name: string;
  label: string;
  description: string;
  /** Public path of a screenshot; default: public/themes/<name>.png (npm run themes:screenshots). */
  screenshot?: string;
  tokens: ThemeTokens;
  slots?: Partial<Slots>;
  elements?: Partial<ContentElements>;
  /** Templates by WordPress name: index, home, front-page, singular, single, single-post, page, archive, … */
  templates?: Record<string, Template>;
  /** What the site owner may customise in wp-admin: layouts, fonts, defaults (themes/options). */
  options?: ThemeOptionsDeclaration;
  /** Strings the theme adds or words otherwise, by language ("en", "pt", "ar"…): over the catalogues. */
  messages?: Record<string, Overrides>;
}

/** A complete theme: the definition with every slot and the index template filled in. */
export interface Theme extends ThemeInfo {
  description: string;
  screenshot: string | null;
  tokens: ThemeTokens;
  slots: Slots;
  elements: ContentElements;
  templates: Record<string, Template> & { index: Template };
  options: ThemeOptions;
  messages: Record<string, Overrides>;
}
