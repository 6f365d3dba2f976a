import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Right-to-left sites get a mirrored layout for free only if nothing says "left" or "right" where
// a logical word exists: Tailwind's ms-/me-/ps-/pe-/start-/end-/border-s/text-start…, CSS's
// margin-inline-start, float: inline-start… This holds every theme, component, page and stylesheet
// to it. A side chosen by the author (WordPress's alignleft) is marked `/* physical: … */`.

const root = path.join(__dirname, '..', '..');
const walk = (dir: string, ext: RegExp): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(rel, ext);
    return ext.test(entry.name) && !/\.test\./.test(entry.name) ? [rel] : [];
  });

// Physical utilities: with a value (ml-4, left-0, -left-[9999px]) or on their own (border-l).
const WITH_VALUE = /^-?(m[lr]|p[lr]|left|right|scroll-m[lr]|scroll-p[lr])-\S+$/;
const ON_THEIR_OWN =
  /^(border-[lr]|rounded-([lr]|[tb][lr])|text-(left|right)|float-(left|right)|clear-(left|right))(-\S+)?$/;
const PHYSICAL_CSS =
  /(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|(float|clear):\s*(left|right)|border-(top|bottom)-(left|right)-radius/;

function physicalClasses(source: string): string[] {
  const found: string[] = [];
  for (const [, , text] of source.matchAll(/(['"`])((?:(?!\1)[^\n])*)\1/g)) {
    for (const token of (text ?? '').split(/\s+/)) {
      const utility = token.split(':').pop() ?? '';
      if (WITH_VALUE.test(utility) || ON_THEIR_OWN.test(utility)) found.push(token);
    }
  }
  return found;
}

describe('layouts mirror for right-to-left languages', () => {
  const components = ['themes', 'components', 'app'].flatMap((dir) => walk(dir, /\.tsx$/));

  it.each(components)('%s uses logical Tailwind utilities', (file) => {
    expect(physicalClasses(readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });

  it.each(walk('styles', /\.css$/))('%s uses logical CSS properties', (file) => {
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
    const physical = lines
      .map((line, i) => ({ line: line.trim(), at: i + 1 }))
      .filter(({ line }) => PHYSICAL_CSS.test(line) && !line.includes('/* physical:'));
    expect(physical).toEqual([]);
  });

  it('catches what it is meant to', () => {
    expect(
      physicalClasses('className="ml-4 sm:left-0 focus:-left-2 border-l text-right ms-4 start-0"'),
    ).toEqual(['ml-4', 'sm:left-0', 'focus:-left-2', 'border-l', 'text-right']);
    expect(physicalClasses('"Turn left at the harbour, then right."')).toEqual([]);
    expect(PHYSICAL_CSS.test('padding-left: 1em;')).toBe(true);
    expect(PHYSICAL_CSS.test('padding-inline-start: 1em;')).toBe(false);
  });
});
