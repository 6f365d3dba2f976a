import type { Page } from '@playwright/test';

// How close a page's block content comes to WordPress's own render of it, measured in the browser
// on both pages: the blocks of each (paragraphs, headings, lists, quotes, figures, buttons, groups,
// columns…) paired by kind and text, then for each pair its horizontal box (offset from the
// viewport's centre and width, within 2 px), its height (within 2 px) and its computed styles.
// A layout-box comparison, not pixels: the two pages' chrome differs by design, fonts rasterise
// differently between families, and one shifted paragraph moves every pixel below it — boxes
// and styles say which block differs, and how. A font-family is compared as WordPress names it:
// the sized fallbacks Pressfront lists after a design font (lib/fonts/fallback-faces.ts) are ours.

export const FIDELITY_STYLES = [
  'color',
  'background-color',
  'font-size',
  'font-family',
  'font-weight',
  'text-align',
];

export interface Block {
  key: string;
  x: number;
  width: number;
  height: number;
  styles: Record<string, string>;
}

export interface Fidelity {
  /** Blocks in WordPress's render, and how many of them ours has too. */
  blocks: number;
  paired: number;
  /** Paired blocks whose offset and width are within 2 px of WordPress's. */
  sameColumn: number;
  /** Paired blocks whose height is within 2 px. */
  sameHeight: number;
  /** Style properties compared (paired blocks × FIDELITY_STYLES) and equal. */
  properties: number;
  sameProperties: number;
  /** What differs, for the log: "p|High water…: font-size 18px ≠ 17px". */
  differences: string[];
}

/** The blocks inside `container`, in document order. */
export function blocksIn(page: Page, container: string): Promise<Block[]> {
  return page.evaluate(
    ({ container, properties }) => {
      const root = document.querySelector(container);
      if (!root) throw new Error(`no ${container} on ${location.href}`);
      const selector =
        'p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, figure, pre, table, hr, ' +
        '.wp-block-buttons, .wp-block-button, .wp-block-columns, .wp-block-column, .wp-block-group, .wp-block-cover';
      const centre = window.innerWidth / 2;
      return [...root.querySelectorAll(selector)]
        .filter((element) => !element.closest('[data-testid="subscribe-cta"], .pressfront-subscribe'))
        .map((element) => {
          const box = element.getBoundingClientRect();
          const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
          const style = getComputedStyle(element);
          return {
            key: `${element.tagName.toLowerCase()}|${text}`,
            x: Math.round(box.left - centre),
            width: Math.round(box.width),
            height: Math.round(box.height),
            styles: Object.fromEntries(
              properties.map((p) => {
                const value = style.getPropertyValue(p);
                return [
                  p,
                  p === 'font-family'
                    ? value
                        .split(',')
                        .filter((f) => !/ fallback: /.test(f))
                        .join(',')
                    : value,
                ];
              }),
            ),
          };
        });
    },
    { container, properties: FIDELITY_STYLES },
  );
}

/** Ours against WordPress's: pairs by key, in order (the n-th of a key with the n-th). */
export function compareBlocks(wordpress: Block[], ours: Block[]): Fidelity {
  const waiting = new Map<string, Block[]>();
  for (const block of ours) waiting.set(block.key, [...(waiting.get(block.key) ?? []), block]);
  const result: Fidelity = {
    blocks: wordpress.length,
    paired: 0,
    sameColumn: 0,
    sameHeight: 0,
    properties: 0,
    sameProperties: 0,
    differences: [],
  };
  for (const theirs of wordpress) {
    const mine = waiting.get(theirs.key)?.shift();
    if (!mine) {
      result.differences.push(`${theirs.key}: not found`);
      continue;
    }
    result.paired += 1;
    if (Math.abs(mine.x - theirs.x) <= 2 && Math.abs(mine.width - theirs.width) <= 2) result.sameColumn += 1;
    else result.differences.push(`${theirs.key}: box ${mine.x}+${mine.width} ≠ ${theirs.x}+${theirs.width}`);
    if (Math.abs(mine.height - theirs.height) <= 2) result.sameHeight += 1;
    for (const property of FIDELITY_STYLES) {
      result.properties += 1;
      if (mine.styles[property] === theirs.styles[property]) result.sameProperties += 1;
      else
        result.differences.push(
          `${theirs.key}: ${property} ${mine.styles[property]} ≠ ${theirs.styles[property]}`,
        );
    }
  }
  return result;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;

/** One row of the table docs/themes.md publishes. */
export function fidelityRow(name: string, f: Fidelity): string {
  return `| ${name} | ${f.paired} of ${f.blocks} | ${percent(f.sameColumn, f.paired)} | ${percent(f.sameHeight, f.paired)} | ${percent(f.sameProperties, f.properties)} |`;
}
