import type { ChildNode, Element } from 'domhandler';
import { parseBody } from './parse';

// What a post's page shows once: the standfirst only when it is not the post's own opening words
// (WordPress generates an excerpt from them when the author wrote none), and the featured image
// only when the body does not open with that same picture.

// What WordPress (or a theme) appends to a generated excerpt: " […]", "…", "Continue reading".
const MORE = /\s*(\[(…|&hellip;|\.\.\.)\]|…|\.\.\.)\s*(continue reading.*)?$/i;
const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * True when `excerpt` is the start of the body's text (both plain, htmlToText): WordPress's
 * generated excerpt.
 */
export function excerptRepeatsLead(excerpt: string, bodyText: string): boolean {
  const words = normal(excerpt.replace(MORE, ''));
  return words !== '' && normal(bodyText).startsWith(words);
}

/**
 * A file's address without WordPress's size suffix and its image type: photo-1024x683.jpg,
 * photo.jpg and photo-1024x683.webp (a size WordPress wrote as WebP, Settings → Pressfront) are
 * one image.
 */
const stem = (url: string) =>
  url
    .replace(/[?#].*$/, '')
    .replace(/\.(jpe?g|png|gif|webp|avif|heic)$/i, '')
    .replace(/-\d+x\d+$/, '');

/**
 * True when the body opens — before any words — with the image `media` (WordPress's
 * wp-image-<id> class, or the same file at any size): the page would show it twice.
 */
export function opensWithImage(contentHtml: string, media: { id: number; url: string }): boolean {
  const first = firstImage(parseBody(contentHtml));
  if (!first) return false;
  const classes = (first.attribs.class ?? '').split(/\s+/);
  return classes.includes(`wp-image-${media.id}`) || stem(first.attribs.src ?? '') === stem(media.url);
}

/** The first <img> when no text comes before it; null otherwise. */
function firstImage(nodes: ChildNode[]): Element | null | undefined {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.data.trim()) return null;
      continue;
    }
    if (node.type !== 'tag') continue;
    if (node.name === 'img') return node;
    const inner = firstImage(node.children);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
