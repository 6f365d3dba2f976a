import { readFileSync, readdirSync } from 'node:fs';
import { themes } from '@/themes/_engine/registry';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webFonts } from '@/components/web-fonts/shipped-fonts';

// The web fonts' files carry the weights the themes set text in (components/web-fonts/shipped-fonts.ts): this reads
// the stylesheets and components for every weight they name, so that a new `font-light` or
// `font-weight: 300` widens the range (and the files, `npm run fonts:faces`) in the same change.

const root = path.join(__dirname, '..', '..');
const generated = new Set(['font-faces.css', 'font-fallbacks.css']);

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.(css|tsx?)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .filter((entry) => !generated.has(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// Tailwind's weight utilities (its default theme).
const utilities: Record<string, number> = {
  thin: 100,
  extralight: 200,
  light: 300,
  normal: 400,
  medium: 500,
  semibold: 600,
  bold: 700,
  extrabold: 800,
  black: 900,
};
const keywords: Record<string, number> = { normal: 400, bold: 700 };

/** Every weight a source names: CSS `font-weight`, Tailwind's `font-*` utilities, `fontWeight`. */
export function weightsIn(source: string): number[] {
  const weights: number[] = [];
  for (const [, value = ''] of source.matchAll(/font-weight:\s*([\w-]+)/g)) {
    // A token (var(--pf-weight-…)): its values are the themes' tokens, counted from there.
    if (value === 'var') continue;
    const weight = keywords[value] ?? Number(value);
    if (!Number.isInteger(weight)) throw new Error(`a relative font-weight (${value}): say which weight`);
    weights.push(weight);
  }
  for (const [, name = ''] of source.matchAll(
    /(?<![\w-])font-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)(?![\w-])/g,
  ))
    weights.push(utilities[name] ?? NaN);
  for (const [, value = ''] of source.matchAll(/(?<![\w-])font-\[(\d+)\]/g)) weights.push(Number(value));
  for (const [, value = ''] of source.matchAll(/fontWeight:\s*['"]?(\d+)/g)) weights.push(Number(value));
  return weights;
}

describe('the weights the web fonts carry', () => {
  it('reads weights from CSS, utilities and styles', () => {
    expect(weightsIn('h2 { font-weight: 800; } b { font-weight: bold }')).toEqual([800, 700]);
    expect(weightsIn('<p className="font-display font-semibold text-sm">')).toEqual([600]);
    expect(weightsIn('sm:font-black font-[350] style={{ fontWeight: 300 }}')).toEqual([900, 350, 300]);
    expect(weightsIn('--font-normalise: x; .font-bold-ish {}')).toEqual([]);
    expect(weightsIn('h2 { font-weight: var(--pf-weight-heading); }')).toEqual([]);
    expect(() => weightsIn('strong { font-weight: bolder; }')).toThrow(/relative/);
  });

  it('are exactly those the themes, components and stylesheets use', () => {
    const used = new Set<number>([
      400, // text
      700, // what browsers make bold by default: headings, <strong>, <b>, <th>
    ]);
    for (const file of ['themes', 'components', 'app', 'styles'].flatMap(sources))
      for (const weight of weightsIn(readFileSync(file, 'utf8'))) used.add(weight);
    // The weight tokens stylesheets name as var(--pf-weight-…), in every installed theme. (The
    // `site` theme's come from the site's design, with the design's own fonts, not these files.)
    for (const theme of Object.values(themes))
      for (const weight of Object.values(theme.tokens.weight)) used.add(Number(weight));
    const range = { min: Math.min(...used), max: Math.max(...used) };
    expect(range).toEqual({ min: 400, max: 900 });
    for (const font of Object.values(webFonts)) expect(font.weights, font.family).toEqual(range);
  });
});
