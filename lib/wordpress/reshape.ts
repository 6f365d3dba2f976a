// REST shapes in, Pressfront types out. The only place that knows how WordPress nests things.
import { excerptRepeatsLead, opensWithImage } from '../content/lead';
import { toHex } from '../colour/hex';
import { logOnce } from '../log';
import { readCss, type CssRule } from './design/safe-css';
import { sanitizePostHtml, type ContentPolicy } from '../content/sanitize';
import { htmlToText, readingMinutes } from '../content/text';
import type { WpIndex, WpMedia, WpPage, WpPost, WpPostSummary, WpTerm, WpUser } from './schemas';
import type {
  Author,
  DuotoneFilter,
  ImageSource,
  Media,
  Page,
  Post,
  PostSummary,
  Site,
  TaxonomyTerms,
  Term,
} from './types';

/**
 * The path of a WordPress URL on our site: WordPress's `link` fields are the source of truth for
 * permalinks, so we keep them and drop only the WordPress host.
 */
export function toSitePath(link: string, wordpressUrl: string): string {
  const home = new URL(wordpressUrl);
  let url: URL;
  try {
    url = new URL(link, home);
  } catch {
    return '/';
  }
  if (url.host !== home.host) return link;
  const base = home.pathname.replace(/\/$/, '');
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return (path || '/') + url.search;
}

export function reshapeSite(index: WpIndex, language = 'en-US'): Site {
  return {
    name: htmlToText(index.name),
    description: htmlToText(index.description),
    url: index.home.replace(/\/+$/, ''),
    timeZone: index.timezone_string || offsetZone(Number(index.gmt_offset)),
    iconUrl: index.site_icon_url || null,
    language,
    theme: index.pressfront_theme || null,
    themeOptions: index.pressfront_theme_options ?? {},
    logo: index.pressfront_site_logo ?? null,
  };
}

/** WordPress stores a manual offset in hours (5.5 = UTC+05:30); Intl takes "+05:30". */
function offsetZone(hours: number): string {
  if (!Number.isFinite(hours) || hours === 0) return 'UTC';
  const sign = hours < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(hours) * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

export function reshapeAuthor(user: WpUser, wordpressUrl: string): Author {
  return {
    id: user.id,
    name: htmlToText(user.name),
    slug: user.slug,
    description: htmlToText(user.description),
    path: toSitePath(user.link, wordpressUrl),
    avatarUrl: user.avatar_urls?.['96'] ?? null,
  };
}

export function reshapeTerm(term: WpTerm, wordpressUrl: string): Term {
  return {
    id: term.id,
    name: htmlToText(term.name),
    slug: term.slug,
    taxonomy: term.taxonomy,
    path: toSitePath(term.link, wordpressUrl),
    description: htmlToText(term.description ?? ''),
  };
}

export function reshapeMedia(media: WpMedia): Media | null {
  if (media.media_type && media.media_type !== 'image') return null;
  const width = media.media_details?.width ?? 0;
  const height = media.media_details?.height ?? 0;
  const sized: ImageSource[] = Object.values(media.media_details?.sizes ?? {})
    // Cropped sizes (thumbnail) have another aspect ratio: they do not belong in one srcset.
    .filter((s) => width > 0 && Math.abs(s.width / s.height - width / height) < 0.02)
    .map((s) => ({ url: s.source_url, width: s.width, height: s.height }));
  const sources = dedupeByWidth([...sized, { url: media.source_url, width, height }]).filter(
    (s) => s.width > 0,
  );
  return {
    id: media.id,
    url: media.source_url,
    width,
    height,
    alt: htmlToText(media.alt_text),
    caption: htmlToText(media.caption?.rendered ?? ''),
    sources,
  };
}

function dedupeByWidth(sources: ImageSource[]): ImageSource[] {
  const byWidth = new Map<number, ImageSource>();
  for (const s of sources) if (!byWidth.has(s.width)) byWidth.set(s.width, s);
  return [...byWidth.values()].sort((a, b) => a.width - b.width);
}

const isEmbedded = <T extends object>(value: T | { code: string } | undefined): value is T =>
  value !== undefined && !('code' in value);

function featuredImage(raw: WpPostSummary | WpPage): Media | null {
  const media = raw._embedded?.['wp:featuredmedia']?.[0];
  return raw.featured_media > 0 && isEmbedded(media) ? reshapeMedia(media) : null;
}

/** REST dates without a zone are UTC when they come from the *_gmt fields. */
const utc = (value: string) => (value.endsWith('Z') ? value : `${value}Z`);

/** A taxonomy as an item's terms are shown under it: its name and its word for one term. */
export interface TaxonomyLabel {
  name: string;
  singularLabel: string;
}

const BUILTIN_TAXONOMIES = new Set(['category', 'post_tag']);

/**
 * An item's terms in other taxonomies than categories and tags, grouped in the order the taxonomies
 * are given; a taxonomy not given (not public, not known) is left out.
 */
function taxonomyTerms(terms: Term[], taxonomies: readonly TaxonomyLabel[]): TaxonomyTerms[] {
  return taxonomies
    .filter((taxonomy) => !BUILTIN_TAXONOMIES.has(taxonomy.name))
    .map((taxonomy) => ({
      taxonomy: taxonomy.name,
      label: taxonomy.singularLabel,
      terms: terms.filter((t) => t.taxonomy === taxonomy.name),
    }))
    .filter((group) => group.terms.length > 0);
}

const META_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const META_TEXT_MAX = 2000;

/** The scalar custom fields WordPress showed, under plain keys; lists, objects and odd keys left out. */
function scalarMeta(meta: Record<string, unknown> | undefined): Record<string, string | number | boolean> {
  const kept: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(meta ?? {}).slice(0, 100)) {
    if (!META_KEY.test(key)) continue;
    if (typeof value === 'string') kept[key] = value.slice(0, META_TEXT_MAX);
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
      kept[key] = value;
  }
  return kept;
}

/**
 * A post (of any type) for listings. `taxonomies`: the site's, to show the item's terms in them
 * under their labels (lib/wordpress/content-model.ts); without, only categories and tags.
 */
export function reshapePostSummary(
  raw: WpPostSummary,
  wordpressUrl: string,
  taxonomies: readonly TaxonomyLabel[] = [],
): PostSummary {
  const author = raw._embedded?.author?.[0];
  const terms = (raw._embedded?.['wp:term'] ?? []).flat().map((t) => reshapeTerm(t, wordpressUrl));
  return {
    id: raw.id,
    type: raw.type,
    slug: raw.slug,
    path: toSitePath(raw.link, wordpressUrl),
    title: htmlToText(raw.title.rendered),
    excerpt: htmlToText(raw.excerpt.rendered),
    publishedAt: utc(raw.date_gmt ?? raw.modified_gmt),
    modifiedAt: utc(raw.modified_gmt),
    sticky: raw.sticky,
    author: isEmbedded(author) ? reshapeAuthor(author, wordpressUrl) : null,
    categories: terms.filter((t) => t.taxonomy === 'category'),
    tags: terms.filter((t) => t.taxonomy === 'post_tag'),
    taxonomyTerms: taxonomyTerms(terms, taxonomies),
    meta: scalarMeta(raw.meta),
    featuredImage: featuredImage(raw),
    passwordProtected: raw.excerpt.protected ?? false,
    commentsOpen: raw.comment_status === 'open',
  };
}

/** The block-supports CSS beside the content, rule by rule; what fails a check is logged and left out. */
function blockStyles(raw: WpPost | WpPage): CssRule[] {
  const { rules, problems } = readCss(raw.pressfront_block_css ?? '');
  for (const problem of problems) {
    logOnce(`block-css:${raw.id}:${problem.reason}:${problem.text}`, 'error', 'design', {
      message: 'WordPress’s CSS for a post’s blocks has a rule Pressfront will not use: dropped',
      post: raw.id,
      ...problem,
    });
  }
  return rules;
}

const DUOTONE_ID = /^wp-duotone-[a-z0-9-]{1,100}$/;

/** The duotone filters beside the content, each colour read as channels; a filter that is not is left out, logged. */
function duotoneFilters(raw: WpPost | WpPage): DuotoneFilter[] {
  const filters: DuotoneFilter[] = [];
  for (const { id, colors } of raw.pressfront_duotone_filters ?? []) {
    const channels = colors.map((c) => toHex(c)).filter((hex) => hex !== null);
    if (!DUOTONE_ID.test(id) || channels.length < 2 || channels.length !== colors.length) {
      logOnce(`duotone:${raw.id}:${id}`, 'error', 'design', {
        message: 'WordPress’s duotone filter for a post’s block is not one Pressfront can draw: left out',
        post: raw.id,
        id: id.slice(0, 120),
        colors: colors.join(' ').slice(0, 120),
      });
      continue;
    }
    const channel = (at: number) => channels.map((hex) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
    filters.push({ id, r: channel(1), g: channel(3), b: channel(5) });
  }
  return filters;
}

export function reshapePost(
  raw: WpPost,
  policy: ContentPolicy,
  taxonomies: readonly TaxonomyLabel[] = [],
): Post {
  const contentHtml = sanitizePostHtml(raw.content.rendered, policy);
  const summary = reshapePostSummary(raw, policy.wordpressUrl, taxonomies);
  // The body's words, read once: for the reading time and to see whether the excerpt repeats them.
  const text = htmlToText(contentHtml);
  const written = raw.pressfront_excerpt_manual !== false;
  return {
    ...summary,
    contentHtml,
    blockStyles: blockStyles(raw),
    duotoneFilters: duotoneFilters(raw),
    readingMinutes: readingMinutes(text),
    standfirst:
      written && summary.excerpt && !excerptRepeatsLead(summary.excerpt, text) ? summary.excerpt : null,
    featuredImageInBody: summary.featuredImage ? opensWithImage(contentHtml, summary.featuredImage) : false,
  };
}

export function reshapePage(raw: WpPage, policy: ContentPolicy): Page {
  const { wordpressUrl } = policy;
  return {
    id: raw.id,
    slug: raw.slug,
    path: toSitePath(raw.link, wordpressUrl),
    title: htmlToText(raw.title.rendered),
    contentHtml: sanitizePostHtml(raw.content.rendered, policy),
    blockStyles: blockStyles(raw),
    duotoneFilters: duotoneFilters(raw),
    publishedAt: utc(raw.date_gmt ?? raw.modified_gmt),
    modifiedAt: utc(raw.modified_gmt),
    featuredImage: featuredImage(raw),
  };
}
