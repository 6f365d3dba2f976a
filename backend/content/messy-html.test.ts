import { describe, expect, it } from 'vitest';
import { messyDocument, randomFrom } from './messy-html';

const media = [
  { id: 4, url: 'http://127.0.0.1:8790/wp-content/uploads/a.jpg' },
  { id: 5, url: 'http://127.0.0.1:8790/wp-content/uploads/b.jpg' },
];

describe('the messy-HTML generator', () => {
  it('is reproducible: one seed, one document', () => {
    expect(messyDocument(42, media)).toBe(messyDocument(42, media));
    expect(messyDocument(42, media)).not.toBe(messyDocument(43, media));
    expect(randomFrom(7)()).toBe(randomFrom(7)());
  });

  it('writes, over a run, every construct real sites hold', () => {
    const run = Array.from({ length: 500 }, (_, i) => messyDocument(1000 + i, media)).join('\n');
    for (const construct of [
      /<table>\s*\n\s*<tr>/, // a table written with line breaks, without tbody
      /<p>[^<]*[^]*?<(ul|ol|table|div|blockquote)/, // a block inside a paragraph
      /\[caption id="attachment_\d+"/,
      /\[gallery columns="\d"/,
      /<!--more-->/,
      /<!-- /,
      /\[old_plugin/,
      /<\/(div|span|td)>/, // stray end tags
      /<script>/,
      /onerror=/,
    ]) {
      expect(run, String(construct)).toMatch(construct);
    }
  });
});
