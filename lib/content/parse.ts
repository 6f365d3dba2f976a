import type { ChildNode } from 'domhandler';
import { html as namespaces, parseFragment } from 'parse5';
import { adapter, type Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';

// WordPress HTML parsed as a browser parses it: the WHATWG tree construction (parse5), into the
// same node types the rest of the pipeline uses (domhandler). The tree React renders is then the
// tree the browser builds from React's HTML — implied end tags (`<p><div>` closes the paragraph),
// tables given their tbody, stray text foster-parented out of tables — so hydration finds what it
// expects and no browser shows an error for markup an author typed years ago.

// It parses what the sanitizer let through (lib/content/sanitize.ts), and that is safe to read
// again with another parser: only allowlisted HTML elements remain — none with raw text (script,
// style, textarea, title, noscript, xmp) and no foreign content (svg, math), where parsers can
// disagree into a mutation — with every attribute quoted and every text escaped. Re-parsing can
// move elements, never make new ones.

// Post bodies, comments and captions all land inside a <div> on the page: parse in that context
// (parse5's default, a <template>, would accept a bare <tr> no browser keeps there).
const context = adapter.createElement('div', namespaces.NS.HTML, []);

/** The nodes a browser would build from `html` placed inside a <div>. */
export function parseBody(html: string): ChildNode[] {
  const fragment = parseFragment<Htmlparser2TreeAdapterMap>(context, html, { treeAdapter: adapter });
  const nodes = fragment.children;
  for (const node of nodes) node.parent = null;
  return nodes;
}
