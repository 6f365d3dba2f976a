import sanitizeHtml from 'sanitize-html';

// An allowlist modelled on WordPress's wp_kses_post: what an author may put in a post, minus
// anything that can run script, load active content or restyle the page.
const allowedTags = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'audio',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'main',
  'mark',
  'nav',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'track',
  'u',
  'ul',
  'var',
  'video',
  'wbr',
];

const shared = [
  'class',
  'id',
  'title',
  'lang',
  'dir',
  'aria-label',
  'aria-hidden',
  'aria-describedby',
  'role',
];

const options: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: {
    '*': shared,
    a: ['href', 'rel', 'target', 'hreflang', 'download'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    source: ['src', 'srcset', 'sizes', 'type', 'media', 'width', 'height'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'loop', 'muted', 'playsinline', 'preload'],
    audio: ['src', 'controls', 'loop', 'muted', 'preload'],
    track: ['src', 'kind', 'srclang', 'label', 'default'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    td: ['colspan', 'rowspan', 'headers'],
    th: ['colspan', 'rowspan', 'headers', 'scope'],
    time: ['datetime'],
    details: ['open'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['datetime', 'cite'],
    ins: ['datetime', 'cite'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster', 'srcset'],
  allowProtocolRelative: true,
  // Tags we drop keep their text (an unknown wrapper must not swallow the words inside it)…
  disallowedTagsMode: 'discard',
  // …except these, whose text is code or markup, never prose.
  nonTextTags: ['script', 'style', 'textarea', 'noscript', 'option', 'template', 'iframe', 'object', 'embed'],
  transformTags: {
    // Only data:image/* may stay in an img src; any other data: URL is dropped.
    img: (tagName, attribs) => {
      const src = attribs.src ?? '';
      if (/^\s*data:/i.test(src) && !/^\s*data:image\/(png|jpe?g|gif|webp|avif);/i.test(src)) {
        const { src: _dropped, ...rest } = attribs;
        void _dropped;
        return { tagName, attribs: rest };
      }
      return { tagName, attribs };
    },
    // Author-chosen targets must not hand the reader's page to another site.
    a: (tagName, attribs) =>
      attribs.target
        ? { tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }
        : { tagName, attribs },
  },
};

/** Sanitizes untrusted WordPress HTML for rendering. */
export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, options);
}
