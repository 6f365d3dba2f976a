import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';

/**
 * Plain text of an HTML fragment, entities decoded, whitespace collapsed: for titles, excerpts
 * and captions in places that take text (headings we render ourselves, <title>, meta tags).
 */
export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  return textContent(doc).replace(/\s+/g, ' ').trim();
}

const WORDS_PER_MINUTE = 220;

/** Minutes a reader needs for the text of `html`, at least one. */
export function readingMinutes(html: string): number {
  const words = htmlToText(html).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
