import sanitizeHtml from 'sanitize-html';
import { cssAllowlist } from './css-allowlist';

// An allowlist modelled on WordPress's wp_kses_post: what an author may put in a post, minus
// anything that can run script, load active content, restyle the page or leave for another host
// without the reader's say.

export interface ContentPolicy {
  /** The WordPress home URL: links to it become links on this site. */
  wordpressUrl: string;
  /** Hosts whose players may be embedded (iframes); every other iframe is dropped. */
  embedHosts: readonly string[];
}

const allowedTags = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'blockquote', 'br',
  'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i',
  'iframe', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'picture', 'pre', 'q', 's',
  'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'u', 'ul', 'var', 'video', 'wbr',
]; // prettier-ignore

const shared = [
  'class',
  'id',
  'title',
  'lang',
  'dir',
  'style',
  'aria-label',
  'aria-hidden',
  'aria-describedby',
  'role',
];

const baseOptions: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: {
    '*': shared,
    a: ['href', 'rel', 'target', 'hreflang', 'download'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    source: ['src', 'srcset', 'sizes', 'type', 'media', 'width', 'height'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'loop', 'muted', 'playsinline', 'preload'],
    audio: ['src', 'controls', 'loop', 'muted', 'preload'],
    track: ['src', 'kind', 'srclang', 'label', 'default'],
    iframe: ['src', 'width', 'height', 'allow', 'allowfullscreen', 'frameborder'],
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
  allowedSchemesByTag: { img: ['http', 'https', 'data'], iframe: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster', 'srcset'],
  allowProtocolRelative: false,
  allowedStyles: { '*': cssAllowlist },
  // Tags we drop keep their text (an unknown wrapper must not swallow the words inside it)…
  disallowedTagsMode: 'discard',
  // …except these, whose text is code or markup, never prose.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'noscript',
    'option',
    'template',
    'object',
    'embed',
    'xmp',
    'noembed',
  ],
  allowIframeRelativeUrls: false,
  // An iframe whose host is not allowed loses its src above; then it is dropped whole.
  exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs.src,
};

const optionsCache = new Map<string, sanitizeHtml.IOptions>();

function optionsFor(policy: ContentPolicy): sanitizeHtml.IOptions {
  const key = `${policy.wordpressUrl}|${policy.embedHosts.join(',')}`;
  let options = optionsCache.get(key);
  if (!options) {
    const home = new URL(policy.wordpressUrl);
    options = {
      ...baseOptions,
      allowedIframeHostnames: [...policy.embedHosts],
      transformTags: {
        img: (tagName, attribs) => ({ tagName, attribs: withSafeImageSource(attribs) }),
        a: (tagName, attribs) => ({ tagName, attribs: withSiteLink(attribs, home) }),
        // Players run sandboxed, load when scrolled to, and learn nothing of the reader's page.
        iframe: (tagName, attribs) => ({
          tagName,
          attribs: {
            ...attribs,
            sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
            loading: 'lazy',
            referrerpolicy: 'strict-origin-when-cross-origin',
          },
        }),
      },
    };
    // The added attributes must survive the attribute filter that runs after transforms.
    options.allowedAttributes = {
      ...(baseOptions.allowedAttributes as Record<string, string[]>),
      iframe: [
        'src',
        'width',
        'height',
        'allow',
        'allowfullscreen',
        'frameborder',
        'sandbox',
        'loading',
        'referrerpolicy',
      ],
    };
    optionsCache.set(key, options);
  }
  return options;
}

/** Only data:image/* may stay in an img src; any other data: URL is dropped. */
function withSafeImageSource(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const src = attribs.src ?? '';
  if (/^\s*data:/i.test(src) && !/^\s*data:image\/(png|jpe?g|gif|webp|avif);/i.test(src)) {
    const { src: _dropped, ...rest } = attribs;
    void _dropped;
    return rest;
  }
  return attribs;
}

// WordPress paths that are files or WordPress's own screens, not pages of the site.
const WORDPRESS_FILES = /^\/(wp-content|wp-includes|wp-admin|wp-json)\/|^\/wp-[a-z-]+\.php/;

/**
 * Links to the WordPress site become links on this site (WordPress's permalinks are ours too);
 * links to other hosts get rel="noopener noreferrer", so the page they open cannot reach back.
 */
function withSiteLink(attribs: sanitizeHtml.Attributes, home: URL): sanitizeHtml.Attributes {
  const href = attribs.href;
  if (!href || !/^https?:\/\//i.test(href)) return attribs;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return attribs;
  }
  if (url.host === home.host) {
    const base = home.pathname.replace(/\/$/, '');
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
    if (!WORDPRESS_FILES.test(path)) return { ...attribs, href: `${path}${url.search}${url.hash}` };
    return attribs;
  }
  return { ...attribs, rel: 'noopener noreferrer' };
}

/** Sanitizes untrusted WordPress HTML for rendering. */
export function sanitizePostHtml(html: string, policy: ContentPolicy): string {
  return sanitizeHtml(html, optionsFor(policy));
}
