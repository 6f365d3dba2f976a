import type { ChildNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { createElement, type ReactNode } from 'react';
import type { Translate } from '@/lib/i18n/translate';
import type { ContentElements, ContentImage } from './elements';
import { NO_TEXT_CHILDREN, toReactProps, VOID_ELEMENTS } from './attributes';
import { createHeadingIds } from './heading-ids';

export interface RenderContext {
  elements: ContentElements;
  t: Translate;
  headingId: ReturnType<typeof createHeadingIds>;
  /**
   * The body's opening nodes when its first image is the page's lead (no featured image above it):
   * the first image among them loads first (eager, fetchpriority high); every other one lazily.
   */
  lead: { opening: Set<ChildNode>; pending: boolean; image?: LeadImage };
}

/** The lead image's sources, for the page to preload. */
export interface LeadImage {
  src: string;
  srcSet?: string;
  sizes?: string;
}

export function createRenderContext(
  elements: ContentElements,
  t: Translate,
  opening: ChildNode[] = [],
): RenderContext {
  return {
    elements,
    t,
    headingId: createHeadingIds(['main']),
    lead: { opening: new Set(opening), pending: opening.length > 0 },
  };
}

/** The body's first two elements: an image there is above the fold on any screen. */
export function openingNodes(nodes: ChildNode[]): ChildNode[] {
  return nodes.filter((node) => node.type === 'tag').slice(0, 2);
}

/** True once, for the lead image: `node` (or its parent, a link or paragraph) opens the body. */
function takesLead(node: Element, ctx: RenderContext): boolean {
  const { lead } = ctx;
  if (!lead.pending) return false;
  let at: ChildNode | null = node;
  for (let depth = 0; at && depth < 3; depth++, at = at.parent as ChildNode | null) {
    if (lead.opening.has(at)) {
      lead.pending = false;
      return true;
    }
  }
  return false;
}

/**
 * Sanitized WordPress HTML (as parsed nodes) to React elements: WordPress blocks the theme has
 * components for go to those components; every other element renders as itself. Text is React
 * text, escaped by React: no HTML string reaches the page.
 */
export function renderNodes(nodes: ChildNode[], ctx: RenderContext, parent?: string): ReactNode[] {
  return nodes.map((node, i) => renderNode(node, ctx, i, parent));
}

function renderNode(node: ChildNode, ctx: RenderContext, key: number, parent?: string): ReactNode {
  if (node.type === 'text') {
    return parent && NO_TEXT_CHILDREN.has(parent) && !node.data.trim() ? null : node.data;
  }
  if (node.type !== 'tag') return null; // comments, doctype; script and style never survive sanitizing
  const { Heading, ImageFigure, Table } = ctx.elements;
  const className = node.attribs.class ?? '';
  const children = () => renderNodes(node.children, ctx, node.name);

  const level = /^h([2-6])$/.exec(node.name)?.[1];
  if (level) {
    const id = ctx.headingId(textContent(node), node.attribs.id);
    return (
      <Heading key={key} level={Number(level) as 2 | 3 | 4 | 5 | 6} id={id} className={className}>
        {children()}
      </Heading>
    );
  }
  // A captioned image: the image block (figure > img|a>img + figcaption), or a classic-editor
  // [caption] as WordPress renders it with HTML5 support (figure.wp-caption) or without
  // (div.wp-caption, its caption a p.wp-caption-text) — all through the theme's ImageFigure.
  if (node.name === 'figure' || (node.name === 'div' && hasClass(node, 'wp-caption'))) {
    const image = captionedImage(node);
    if (image) {
      const caption = image.caption ? renderNodes(image.caption.children, ctx, 'figcaption') : null;
      const lead = takesLead(node, ctx) ? { priority: true } : {};
      if (lead.priority) ctx.lead.image = image.image;
      return (
        <ImageFigure key={key} image={{ ...image.image, ...lead }} caption={caption} className={className} />
      );
    }
  }
  if (node.name === 'div' && hasClass(node, 'gallery')) {
    const gallery = renderGallery(node, ctx, key, className);
    if (gallery) return gallery;
  }
  if (node.name === 'figure') {
    const embed = /(^|\s)wp-block-embed(\s|$)/.test(className)
      ? renderEmbed(node, ctx, key, className)
      : null;
    if (embed) return embed;
    const quote = childTags(node).find((c) => c.name === 'blockquote');
    if (quote && /(^|\s)wp-block-pullquote(\s|$)/.test(className)) {
      return renderQuote(quote, ctx, key, true, className);
    }
  }
  if (node.name === 'blockquote') return renderQuote(node, ctx, key, false, className);
  if (node.name === 'table') {
    return (
      <Table key={key} className="" label={ctx.t('content.table')}>
        {createElement('table', toReactProps(node.attribs), children())}
      </Table>
    );
  }
  // What the browser leaves of `<p><div>…</div></p>` (wpautop wraps classic captions so): an empty
  // paragraph that would only add a gap. Dropped here, it is absent from React's HTML too.
  if (node.name === 'p' && node.children.length === 0) return null;
  const props = toReactProps(node.attribs);
  // Images in a body load when scrolled to (and React then does not preload them all), but the
  // lead image, which is the page's largest paint: that one first.
  if (node.name === 'img') {
    const lead = takesLead(node, ctx);
    props.loading = lead ? 'eager' : 'lazy';
    if (lead) {
      props.fetchPriority = 'high';
      ctx.lead.image = {
        src: node.attribs.src ?? '',
        srcSet: node.attribs.srcset,
        sizes: node.attribs.sizes,
      };
    }
  }
  return createElement(node.name, { key, ...props }, VOID_ELEMENTS.has(node.name) ? undefined : children());
}

function renderQuote(quote: Element, ctx: RenderContext, key: number, pull: boolean, className: string) {
  const { Quote } = ctx.elements;
  const cite = childTags(quote).find((c) => c.name === 'cite');
  const body = quote.children.filter((c) => c !== cite);
  return (
    <Quote
      key={key}
      pull={pull}
      className={className}
      cite={cite ? renderNodes(cite.children, ctx, 'cite') : null}
    >
      {renderNodes(body, ctx, 'blockquote')}
    </Quote>
  );
}

/** WordPress's embed block: a wrapper holding the player (or, unresolved, the bare URL) and a caption. */
function renderEmbed(figure: Element, ctx: RenderContext, key: number, className: string) {
  const { Embed } = ctx.elements;
  const tags = childTags(figure);
  const wrapper = tags.find((t) => /(^|\s)wp-block-embed__wrapper(\s|$)/.test(t.attribs.class ?? ''));
  const caption = tags.find((t) => t.name === 'figcaption');
  const iframe = wrapper && childTags(wrapper).find((t) => t.name === 'iframe');
  const text = wrapper ? textContent(wrapper).trim() : '';
  const url = /^https?:\/\/\S+$/.test(text) ? text : (iframe?.attribs.src ?? null);
  // Anything richer than a player or a bare URL renders as itself: content is never dropped.
  const simple =
    wrapper && childTags(wrapper).every((t) => t === iframe) && (iframe || (url && text === url));
  if (!simple) return null;
  const provider = /(^|\s)is-provider-([a-z0-9-]+)/.exec(className)?.[2] ?? null;
  return (
    <Embed
      key={key}
      linkText={
        provider
          ? ctx.t('content.embedOn', { provider: `${provider.charAt(0).toUpperCase()}${provider.slice(1)}` })
          : ctx.t('content.embedOpen')
      }
      url={url}
      provider={provider}
      frame={iframe ? renderNodes([iframe], ctx, 'div') : null}
      caption={caption ? renderNodes(caption.children, ctx, 'figcaption') : null}
      className={className}
    />
  );
}

const childTags = (node: Element) => node.children.filter((c): c is Element => c.type === 'tag');

const hasClass = (node: Element, name: string) => (node.attribs.class ?? '').split(/\s+/).includes(name);
const isCaption = (node: Element) =>
  node.name === 'figcaption' ||
  ((node.name === 'p' || node.name === 'dd') && hasClass(node, 'wp-caption-text'));
const hasText = (node: Element) => node.children.some((c) => c.type === 'text' && c.data.trim() !== '');

/** An image as the theme's components take it: bare, or alone in a link (`<a href><img></a>`). */
function contentImage(node: Element): ContentImage | null {
  let img = node;
  let href: string | undefined;
  if (node.name === 'a') {
    const inner = childTags(node);
    if (inner.length !== 1 || hasText(node)) return null;
    img = inner[0]!;
    href = node.attribs.href;
  }
  if (img.name !== 'img') return null;
  const { src, alt, width, height, srcset, sizes, class: className } = img.attribs;
  if (!src) return null;
  const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
  return {
    src,
    alt: alt ?? '',
    width: number(width),
    height: number(height),
    srcSet: srcset,
    sizes,
    className,
    ...(href ? { href } : {}),
  };
}

/**
 * One image (bare or linked) and at most a caption, nothing else — not a word outside them, which
 * would be lost: an image block or a classic caption. Anything richer renders as itself.
 */
function captionedImage(container: Element): { image: ContentImage; caption: Element | undefined } | null {
  if (hasText(container)) return null;
  const tags = childTags(container);
  const caption = tags.find(isCaption);
  const rest = tags.filter((t) => t !== caption);
  if (rest.length !== 1) return null;
  const image = contentImage(rest[0]!);
  return image ? { image, caption } : null;
}

/**
 * A classic [gallery]: div.gallery holding dl.gallery-item (dt.gallery-icon, dd caption) or, with
 * HTML5 support, figure.gallery-item (div.gallery-icon, figcaption); rows end in a clearing <br>.
 * Anything else inside it renders the gallery as it came.
 */
function renderGallery(gallery: Element, ctx: RenderContext, key: number, className: string) {
  if (hasText(gallery)) return null;
  const items: { image: ContentImage; caption: ReactNode }[] = [];
  for (const item of childTags(gallery)) {
    if (item.name === 'br') continue;
    if (!hasClass(item, 'gallery-item') || hasText(item)) return null;
    const parts = childTags(item);
    const icon = parts.find((t) => hasClass(t, 'gallery-icon'));
    const caption = parts.find((t) => isCaption(t) || hasClass(t, 'gallery-caption'));
    if (!icon || parts.some((t) => t !== icon && t !== caption) || hasText(icon)) return null;
    const [only, ...more] = childTags(icon);
    const image = only && more.length === 0 ? contentImage(only) : null;
    if (!image) return null;
    items.push({ image, caption: caption ? renderNodes(caption.children, ctx, 'figcaption') : null });
  }
  if (items.length === 0) return null;
  const columns = Math.min(9, Math.max(1, Number(/gallery-columns-(\d)/.exec(className)?.[1] ?? 3)));
  const { Gallery } = ctx.elements;
  return (
    <Gallery
      key={key}
      items={items}
      columns={columns}
      className={className}
      label={ctx.t('content.gallery', { count: items.length })}
    />
  );
}
