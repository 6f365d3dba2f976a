// Gutenberg block markup as WordPress's editor saves it, so the seeded posts look like real ones.
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Paragraph text may carry inline markup (<em>, <a>, <strong>): it is written by us, not escaped. */
export const paragraph = (html: string, className?: string) =>
  className
    ? `<!-- wp:paragraph {"className":"${className}"} -->\n<p class="${className}">${html}</p>\n<!-- /wp:paragraph -->`
    : `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->`;

export const heading = (text: string, level = 2) =>
  `<!-- wp:heading${level === 2 ? '' : ` {"level":${level}}`} -->\n<h${level}>${esc(text)}</h${level}>\n<!-- /wp:heading -->`;

export interface UploadedImage {
  id: number;
  url: string;
  alt: string;
  caption: string;
}

/** A video or audio file in the media library. */
export interface UploadedFile {
  id: number;
  url: string;
}

/** The media the kitchen-sink blocks are built from (uploaded by the seed, found by slug when recording). */
export interface CatalogMedia {
  a: UploadedImage;
  b: UploadedImage;
  c: UploadedImage;
  video: UploadedFile;
  audio: UploadedFile;
}

export const image = (img: UploadedImage) =>
  `<!-- wp:image {"id":${img.id},"sizeSlug":"large","linkDestination":"none"} -->\n` +
  `<figure class="wp-block-image size-large"><img src="${esc(img.url)}" alt="${esc(img.alt)}" class="wp-image-${img.id}"/>` +
  `<figcaption class="wp-element-caption">${esc(img.caption)}</figcaption></figure>\n<!-- /wp:image -->`;

export const pullquote = (quote: string, cite: string) =>
  `<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>${esc(quote)}</p><cite>${esc(cite)}</cite></blockquote></figure>\n<!-- /wp:pullquote -->`;

export const list = (items: string[]) =>
  `<!-- wp:list -->\n<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>\n<!-- /wp:list -->`;

/** The inline subscribe line; themes render their subscribe call-to-action in its place. */
export const subscribeLine = (text: string) => paragraph(esc(text), 'pressfront-subscribe');

export const blocks = (...parts: string[]) => parts.join('\n\n');
