import type { ComponentType, ReactNode } from 'react';

// The content renderer's plug-in interface: the components it renders WordPress's blocks with. The
// renderer owns it (as it owns the rendering); a theme passes its own through its contract
// (themes/_engine/types.ts), and anything it leaves out falls back to the base theme's.

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

// Every key of ContentElements, once, held to the interface by its type: a hand-kept list had
// silently lost Embed, so nothing checked that a theme's elements included one.
const elementKeys: Record<keyof ContentElements, true> = {
  ImageFigure: true,
  Gallery: true,
  Quote: true,
  Heading: true,
  Table: true,
  Embed: true,
};
export const elementNames = Object.keys(elementKeys) as (keyof ContentElements)[];
