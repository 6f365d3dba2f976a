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
  Widget,
} from '@/lib/wordpress';
import type { ThemeOptions, ThemeOptionsDeclaration, ThemeOptionValues } from './options/declare';
import type { ThemeTokens, TokenOverrides } from './tokens';
import type { SiteDesign } from '@/lib/wordpress/design';
import type { Overrides, Translate } from '@/lib/i18n/translate';
import type { ContentElements } from '@/components/content/elements';
import type { FormAnswer } from '@/lib/comments/form-answer';
import type { CommentFormState } from '@/lib/comments/form-state';

// The contract every theme implements. Routes and the content renderer know only this.
// A theme folder exports a ThemeDefinition; defineTheme() fills what it leaves out from the base theme.

// What a page shows (View and friends) is the data layer's model; themes render it.
export type { Archive, CommentSection, NavItem, PostRelations, View, Widget };
export type { FormAnswer, ThemeOptionValues, Translate };
// The content renderer owns the elements a theme may replace (components/content/elements.ts);
// themes name them from here, with the rest of their contract.
export type {
  ContentElements,
  ContentImage,
  EmbedProps,
  GalleryProps,
  HeadingProps,
  ImageFigureProps,
  QuoteProps,
  TableProps,
} from '@/components/content/elements';
export { elementNames } from '@/components/content/elements';

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
  /** The footer widget area's widgets (lib/wordpress/widgets.ts); none when it has none. */
  footerWidgets: Widget[];
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
  /** The footer widget area's widgets; none when it has none. */
  widgets: Widget[];
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
  /** The form's answer after a post without JavaScript that was not taken (TemplateProps.formAnswer), or null. */
  answer: CommentFormState | null;
}
export interface PasswordFormProps {
  postId: number;
  t: Translate;
  /** The post's path: where the form's answer is shown without JavaScript. */
  postPath: string;
  /** Why the last password was refused (TemplateProps.formAnswer), or ''. */
  error: string;
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
  /** The search landmark's name, where a page has more than one (a Search widget's). */
  label?: string;
}
export interface NotFoundProps {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  slots: Slots;
}
/** The scheme toggle's words for either scheme, in the site's language (both are in its markup). */
export interface SchemeToggleProps {
  labels: { toDark: string; toLight: string; dark: string; light: string };
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

// Every key of Slots, once: a record keyed by the interface, so a slot added there and not here
// fails the typecheck (a hand-kept list once lost a member and the check that read it with it).
const slotKeys: Record<keyof Slots, true> = {
  Layout: true,
  Header: true,
  Navigation: true,
  Footer: true,
  PostCard: true,
  PostMeta: true,
  CategoryLabel: true,
  Pagination: true,
  Figure: true,
  SubscribeCta: true,
  SearchForm: true,
  SchemeToggle: true,
  NotFound: true,
  PostNavigation: true,
  Comments: true,
  PasswordForm: true,
};
export const slotNames = Object.keys(slotKeys) as (keyof Slots)[];

export interface TemplateProps<V extends View = View> {
  /** The site language's words (lib/i18n): every string a theme shows comes from here. */
  t: Translate;
  site: Site;
  view: V;
  slots: Slots;
  elements: ContentElements;
  options: ThemeOptionValues;
  /**
   * The answer to a form this reader posted without JavaScript and that was not taken (a refused
   * comment, a wrong password): hand it on to Comments and PasswordForm. Null on every shared render.
   */
  formAnswer: FormAnswer | null;
  /**
   * The sidebar widget area's widgets (lib/wordpress/widgets.ts); none when it has none. A theme
   * that shows a sidebar shows them (themes/base/components/widget-list.tsx); with none, nothing.
   */
  sidebarWidgets: Widget[];
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
  /** What the site owner may customise in wp-admin: layouts, fonts, defaults (themes/_engine/options). */
  options?: ThemeOptionsDeclaration;
  /** Strings the theme adds or words otherwise, by language ("en", "pt", "ar"…): over the catalogues. */
  messages?: Record<string, Overrides>;
  /**
   * Tokens drawn from the site's own design (its PHP theme's theme.json and Styles, as WordPress
   * resolves them), over the theme's tokens and the owner's options, per request: for a theme that
   * follows the site's design, live.
   */
  fromDesign?: (design: SiteDesign) => TokenOverrides;
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
  fromDesign?: (design: SiteDesign) => TokenOverrides;
}
