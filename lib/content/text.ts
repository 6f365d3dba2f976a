import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

// Elements that flow inside a line; any other element ends a word ("<p>a</p><p>b</p>" is "a b").
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
// Elements whose text is not prose.
const SILENT = new Set(['script', 'style', 'template', 'noscript', 'textarea']);

/**
 * Plain text of an HTML fragment, entities decoded, whitespace collapsed: for titles, excerpts
 * and captions in places that take text (headings we render ourselves, <title>, meta tags).
 */
export function htmlToText(html: string): string {
  return collect(parseDocument(html).children).replace(/\s+/g, ' ').trim();
}

function collect(nodes: ChildNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.data;
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (SILENT.has(node.name)) continue;
      const inner = collect(node.children);
      out += INLINE.has(node.name) ? inner : ` ${inner} `;
    } else if (node.type === 'cdata' || node.type === 'root') {
      out += collect(node.children);
    }
  }
  return out;
}

const WORDS_PER_MINUTE = 220;

/** Minutes a reader needs for `text` (a body's plain text, htmlToText), at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
