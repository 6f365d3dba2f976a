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

export function toReactProps(attribs: Record<string, string>): Record<string, string | boolean> {
  const props: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(attribs)) {
    const lower = name.toLowerCase();
    if (lower === 'style' || lower.startsWith('on')) continue;
    if (lower === 'id' && RESERVED_IDS.has(value)) {
      props.id = `content-${value}`;
      continue;
    }
    props[RENAMED[lower] ?? lower] = BOOLEAN.has(lower) ? true : value;
  }
  return props;
}

export const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'source', 'track', 'wbr']);

/** Elements in which whitespace text is not allowed (React and the HTML parser disagree on it). */
export const NO_TEXT_CHILDREN = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);
