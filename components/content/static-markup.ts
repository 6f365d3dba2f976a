import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { VOID_ELEMENTS } from './attributes';

// The post body as one HTML string, for a page to send once and React to leave alone: the body is
// written into the page with dangerouslySetInnerHTML, so the browser's React does not hydrate its
// thousands of nodes (they never change) and its payload carries one string, not a tree of
// elements (BENCHMARKS.md, issue 16). What goes in is the content renderer's React elements — the
// sanitized tree (lib/content) through the theme's content elements — so this only writes markup
// out: text and attribute values are escaped as React escapes them, and static-markup.test.tsx
// holds the output byte-for-byte to React's own renderToStaticMarkup on every recorded block and
// hundreds of generated messy documents. React's server renderer itself is not available where
// this runs (React Server Components).

/**
 * React writes props under their own names (srcSet, tabIndex, fetchPriority: HTML attribute names
 * are case-insensitive), except these aliases.
 */
const ATTRIBUTE: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
  tabIndex: 'tabindex',
  crossOrigin: 'crossorigin',
};

/** Attributes React writes only when their value is a number (else it drops them). */
const NUMERIC = new Set(['rowSpan', 'start']);
const POSITIVE_NUMERIC = new Set(['cols', 'rows', 'size', 'span']);

/** Attributes React writes as present-or-absent. */
const BOOLEAN = new Set([
  'allowFullScreen',
  'autoPlay',
  'controls',
  'default',
  'disabled',
  'hidden',
  'loop',
  'muted',
  'open',
  'playsInline',
  'reversed',
  'required',
  'checked',
  'selected',
]);

/** CSS properties React writes without a unit when given a number (React DOM's list, as we use it). */
const UNITLESS = new Set([
  'aspectRatio',
  'columnCount',
  'flex',
  'flexGrow',
  'flexShrink',
  'fontWeight',
  'gridColumn',
  'gridRow',
  'lineClamp',
  'lineHeight',
  'opacity',
  'order',
  'orphans',
  'widows',
  'zIndex',
  'zoom',
]);

const SKIPPED = new Set(['children', 'dangerouslySetInnerHTML', 'suppressHydrationWarning', 'key', 'ref']);

/** Escapes as React does for text and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#x27;',
  );
}

function styleText(style: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, raw] of Object.entries(style)) {
    if (raw === null || raw === undefined || typeof raw === 'boolean' || raw === '') continue;
    const property = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const value =
      typeof raw === 'number' && raw !== 0 && !name.startsWith('--') && !UNITLESS.has(name)
        ? `${raw}px`
        : String(raw).trim();
    parts.push(`${property}:${value}`);
  }
  return parts.join(';');
}

function attributes(props: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (SKIPPED.has(name) || value === null || value === undefined || typeof value === 'function') continue;
    if (name === 'style') {
      const text = styleText(value as Record<string, unknown>);
      if (text) out += ` style="${escapeHtml(text)}"`;
      continue;
    }
    const attribute = ATTRIBUTE[name] ?? name;
    if (NUMERIC.has(name) || POSITIVE_NUMERIC.has(name)) {
      const number = Number(value);
      if (Number.isNaN(number) || (POSITIVE_NUMERIC.has(name) && number < 1)) continue;
    }
    if (BOOLEAN.has(name)) {
      if (value) out += ` ${attribute}=""`;
      continue;
    }
    if (typeof value === 'boolean') {
      // aria-* and data-* keep "true"/"false"; React drops a boolean anywhere else.
      if (/^(aria|data)-/.test(name)) out += ` ${attribute}="${String(value)}"`;
      continue;
    }
    out += ` ${attribute}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/** React elements (host elements, fragments and synchronous function components) to HTML. */
export function staticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(staticMarkup).join('');
  if (!isValidElement(node)) throw new Error(`static markup: cannot write ${typeof node}`);
  const element = node as ReactElement<Record<string, unknown>>;
  const { type, props } = element;
  if (type === Fragment) return staticMarkup(props.children as ReactNode);
  if (typeof type === 'function') {
    const rendered = (type as (p: Record<string, unknown>) => ReactNode)(props);
    if (rendered instanceof Promise) throw new Error('static markup: content elements render synchronously');
    return staticMarkup(rendered);
  }
  if (typeof type !== 'string') throw new Error('static markup: only host elements and plain components');
  const open = `<${type}${attributes(props)}>`;
  if (VOID_ELEMENTS.has(type)) return `<${type}${attributes(props)}/>`;
  const inner = (props.dangerouslySetInnerHTML as { __html?: string } | undefined)?.__html;
  return `${open}${inner ?? staticMarkup(props.children as ReactNode)}</${type}>`;
}
