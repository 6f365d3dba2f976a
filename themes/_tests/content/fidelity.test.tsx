import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { findAll, textContent } from 'domutils';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { sanitizePostHtml } from '@/lib/content/sanitize';
import { htmlToText } from '@/lib/content/text';
import { DEFAULT_EMBED_HOSTS } from '@/lib/config';
import { baseElements } from '@/themes/base';
import type { ContentElements } from '@/themes/_engine/types';
import { renderToMarkup } from '@/components/content/react-dom-markup';

// Every core block, as the real WordPress rendered it (npm run wp:record-fixtures), through our
// whole pipeline: sanitize, parse, render with the theme's elements. Nothing may be lost.

interface BlockFixture {
  block: string;
  uses: (keyof ContentElements)[];
  recordedFrom: string;
  rendered: string;
}

const dir = path.join(__dirname, '..', '..', '..', 'lib', 'content', '__fixtures__', 'blocks');
const fixtures: BlockFixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as BlockFixture);

function pipeline(fixture: BlockFixture) {
  const used = new Set<string>();
  function spy<P extends object>(name: keyof ContentElements, Component: ComponentType<P>) {
    function Spied(props: P) {
      used.add(name);
      return <Component {...props} />;
    }
    return Spied;
  }
  const spied: ContentElements = {
    ImageFigure: spy('ImageFigure', baseElements.ImageFigure),
    Quote: spy('Quote', baseElements.Quote),
    Heading: spy('Heading', baseElements.Heading),
    Table: spy('Table', baseElements.Table),
    Embed: spy('Embed', baseElements.Embed),
    Gallery: spy('Gallery', baseElements.Gallery),
  };
  const html = sanitizePostHtml(fixture.rendered, {
    wordpressUrl: fixture.recordedFrom,
    embedHosts: DEFAULT_EMBED_HOSTS,
  });
  const markup = renderToMarkup(html, spied);
  return { markup, used };
}

const elementsOf = (html: string, tag: string) =>
  findAll((n) => n.name === tag, parseDocument(html).children) as Element[];

describe('every core block survives the pipeline', () => {
  it('has a fixture for every block in the catalog', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(fixtures)('$block', (fixture) => {
    const { markup, used } = pipeline(fixture);

    it('keeps all of WordPress’s text', () => {
      const ours = htmlToText(markup);
      for (const sentence of htmlToText(fixture.rendered).split(/(?<=[.:!?])\s+/)) {
        expect(ours).toContain(sentence);
      }
    });

    it('keeps every image and every caption', () => {
      const theirs = elementsOf(fixture.rendered, 'img').map((i) => i.attribs.src);
      expect(elementsOf(markup, 'img').map((i) => i.attribs.src)).toEqual(theirs);
      // WordPress's captions — figcaptions, and the classic editor's p/dd.wp-caption-text — are
      // all figcaptions once rendered: what screen readers announce as captions.
      const theirCaptions = findAll(
        (n) => n.name === 'figcaption' || /(^|\s)wp-caption-text(\s|$)/.test(n.attribs.class ?? ''),
        parseDocument(fixture.rendered).children,
      ).map((c) => textContent(c).trim());
      const ourCaptions = elementsOf(markup, 'figcaption').map((c) => textContent(c).trim());
      expect(ourCaptions).toEqual(theirCaptions);
    });

    it('keeps every player and its source', () => {
      for (const tag of ['video', 'audio', 'iframe']) {
        const sources = (html: string) => elementsOf(html, tag).map((e) => e.attribs.src);
        expect(sources(markup)).toEqual(sources(fixture.rendered));
      }
    });

    it('goes through the theme’s components where it has them', () => {
      for (const element of fixture.uses) expect(used, `${fixture.block} → ${element}`).toContain(element);
    });
  });
});
