import render from 'dom-serializer';
import type { Element } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

/**
 * Sanitized body HTML with the site's own paths made absolute: feed readers show a post far
 * from the site, where "/about/" means nothing. srcset lists are rewritten entry by entry.
 */
export function absolutizeUrls(html: string, origin: string): string {
  const document = parseDocument(html);
  const absolute = (value: string) =>
    value.startsWith('/') && !value.startsWith('//') ? `${origin}${value}` : value;
  for (const element of findAll(() => true, document.children) as Element[]) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.attribs[name];
      if (value !== undefined) element.attribs[name] = absolute(value);
    }
    const srcset = element.attribs.srcset;
    if (srcset !== undefined) {
      element.attribs.srcset = srcset
        .split(',')
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url), ...descriptor].join(' ');
        })
        .join(', ');
    }
  }
  return render(document, { encodeEntities: 'utf8' });
}
