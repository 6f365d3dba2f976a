import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messyDocument } from '@/backend/content/messy-html';
import { DEFAULT_EMBED_HOSTS } from '@/lib/config';
import { parseBody } from '@/lib/content/parse';
import { sanitizePostHtml } from '@/lib/content/sanitize';
import { translator } from '@/lib/i18n/translate';
import { themes } from '@/themes/_engine/registry';
import { createRenderContext, openingNodes, renderNodes } from '@/components/content/render';
import { escapeHtml, staticMarkup } from '@/components/content/static-markup';

// The body string the page sends must be exactly what React would have written: byte for byte
// against React's own server renderer, on every recorded block and on generated messy documents,
// through every installed theme's content elements.

const policy = { wordpressUrl: 'http://127.0.0.1:8790', embedHosts: DEFAULT_EMBED_HOSTS };
const dir = path.join(__dirname, '..', '..', '..', 'lib', 'content', '__fixtures__', 'blocks');
const recorded = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { rendered: string }).rendered);
const media = [
  { id: 4, url: 'http://127.0.0.1:8790/wp-content/uploads/2026/12/harbour-dawn.jpg' },
  { id: 5, url: 'http://127.0.0.1:8790/wp-content/uploads/2026/12/city-square.jpg' },
];
const messy = Array.from({ length: 150 }, (_, i) => messyDocument(20261201 + i, media));

function both(html: string, elements: (typeof themes)[string]['elements'], lead: boolean) {
  const nodes = parseBody(sanitizePostHtml(html, policy));
  const t = translator('ar');
  const tree = () => renderNodes(nodes, createRenderContext(elements, t, lead ? openingNodes(nodes) : []));
  // React hoists a preload for the lead image ahead of the markup; the page makes that preload
  // itself (PostBody), so it is compared apart.
  const react = renderToStaticMarkup(<>{tree()}</>);
  const preloads = react.match(/^(<link rel="preload"[^>]*\/>)*/)?.[0] ?? '';
  return { ours: staticMarkup(tree()), react: react.slice(preloads.length), preloads };
}

describe('static markup of a post body', () => {
  for (const [name, theme] of Object.entries(themes)) {
    it(`is React's own markup for every recorded block (${name})`, () => {
      for (const [i, html] of recorded.entries()) {
        const { ours, react } = both(html, theme.elements, i % 2 === 0);
        expect(ours).toBe(react);
      }
    });
    it(`is React's own markup for ${messy.length} messy documents (${name})`, () => {
      for (const html of messy) {
        const { ours, react } = both(html, theme.elements, true);
        expect(ours).toBe(react);
      }
    });
  }

  it('escapes text and attribute values as React does', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;');
    const node = (
      <p
        title={`"quoted" & <b>`}
        data-x={true}
        aria-hidden={false}
        hidden
        style={{ width: 300, lineHeight: 1.5, '--k': 2 } as never}
      >
        {'<script>alert(1)</script>'}
        {0}
        {null}
        {false}
      </p>
    );
    expect(staticMarkup(node)).toBe(renderToStaticMarkup(node));
  });
});
