import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_HOSTS } from '@/lib/config';
import { parseBody } from '@/lib/content/parse';
import { sanitizePostHtml } from '@/lib/content/sanitize';
import { baseElements } from '@/themes/base';
import { renderToMarkup } from '@/components/content/react-dom-markup';

// Hydration is clean when the tree React renders is the tree a browser builds from React's HTML.
// React's own tree is read back literally from its output (every element closed, nothing implied);
// the browser's is built by the HTML5 tree construction; the two must have one shape.

const policy = { wordpressUrl: 'http://127.0.0.1:8790', embedHosts: DEFAULT_EMBED_HOSTS };

function shape(nodes: ChildNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.data.trim() ? JSON.stringify(node.data.replace(/\s+/g, ' ')) : '';
      if (node.type !== 'tag') return '';
      return `${node.name}(${shape(node.children)})`;
    })
    .filter(Boolean)
    .join(' ');
}

const reactTree = (html: string) =>
  shape(parseDocument(html, { xmlMode: true, decodeEntities: true }).children);
const browserTree = (html: string) => shape(parseBody(html));

// Markup real posts and comments hold, which a literal reading gets wrong.
const messy = {
  'a table written with line breaks between its cells':
    '<table>\n  <tr>\n    <td>a</td>\n    <td>b</td>\n  </tr>\n</table>',
  'a row with no tbody, and a header row':
    '<table><thead><tr><th>h</th></tr></thead><tr><td>1</td></tr></table>',
  'text typed straight into a table': '<table>stray words<tr><td>1</td></tr></table>',
  'a list inside a paragraph': '<p>Before<ul><li>one</li></ul>after</p>',
  'a heading, a quote and a table inside a paragraph':
    '<p>a<h2>b</h2>c<blockquote>d</blockquote><table><tr><td>e</td></tr></table></p>',
  'paragraphs never closed': '<p>one<p>two<p>three',
  'list items never closed': '<ul><li>one<li>two</ul>',
  'a link inside a link': '<a href="/a">outer <a href="/b">inner</a> tail</a>',
  'stray end tags': '</div><p>text</span></p></em>',
  'a figure inside a paragraph':
    '<p><figure><img src="http://127.0.0.1:8790/a.jpg" alt="x"><figcaption>c</figcaption></figure></p>',
  'a cell outside any table': '<td>lonely cell</td><tr><td>row</td></tr>',
  'a definition list inside a paragraph (an old gallery)': '<p><dl><dt>t</dt><dd>d</dd></dl></p>',
};

describe('rendered content is the tree a browser builds', () => {
  it.each(Object.entries(messy))('%s', (_, html) => {
    const markup = renderToMarkup(sanitizePostHtml(html, policy), baseElements);
    expect(reactTree(markup)).toBe(browserTree(markup));
  });

  it('keeps every word, in order', () => {
    // A browser may join words a dropped tag kept apart (`<td>cell</td><tr>` outside a table): the
    // letters are compared, in order.
    const letters = (s: string) => s.replace(/<[^>]*>/g, '').replace(/\s+/g, '');
    for (const html of Object.values(messy)) {
      expect(letters(renderToMarkup(sanitizePostHtml(html, policy), baseElements))).toBe(letters(html));
    }
  });
});
