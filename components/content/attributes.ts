// HTML attribute names (as WordPress writes them) to React prop names. The HTML was sanitized
// already; this only translates, and drops anything React would treat as code or style objects.

const RENAMED: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  srcset: 'srcSet',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  datetime: 'dateTime',
  hreflang: 'hrefLang',
  srclang: 'srcLang',
  tabindex: 'tabIndex',
  crossorigin: 'crossOrigin',
  fetchpriority: 'fetchPriority',
  playsinline: 'playsInline',
  referrerpolicy: 'referrerPolicy',
};

const BOOLEAN = new Set([
  'controls',
  'open',
  'reversed',
  'muted',
  'loop',
  'playsinline',
  'default',
  'hidden',
]);

/** Ids the page itself uses: content may not take them (the skip link must find <main>). */
const RESERVED_IDS = new Set(['main', '__next']);

export type ReactProps = Record<string, string | boolean | Record<string, string>>;

export function toReactProps(attribs: Record<string, string>): ReactProps {
  const props: ReactProps = {};
  for (const [name, value] of Object.entries(attribs)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) continue;
    if (lower === 'style') {
      const style = parseStyle(value);
      if (Object.keys(style).length > 0) props.style = style;
      continue;
    }
    if (lower === 'id' && RESERVED_IDS.has(value)) {
      props.id = `content-${value}`;
      continue;
    }
    props[RENAMED[lower] ?? lower] = BOOLEAN.has(lower) ? true : value;
  }
  return props;
}

/**
 * A style attribute as React's style object. Only declarations the sanitizer's CSS allowlist
 * passed are here; custom properties (--x) keep their names, the rest become camelCase.
 */
export function parseStyle(style: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!property || !value) continue;
    out[
      property.startsWith('--') ? property : property.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    ] = value;
  }
  return out;
}

export const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'source', 'track', 'wbr']);

/** Elements in which whitespace text is not allowed (React and the HTML parser disagree on it). */
export const NO_TEXT_CHILDREN = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);
