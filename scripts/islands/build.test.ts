import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIslands, builtModule, ISLANDS_BUDGET_BYTES } from './build';

// The islands as readers' browsers get them: every components/islands/*.island.ts built, small,
// self-contained, and safe to inline in a <script>.

describe('the islands build', () => {
  it('builds every island, each running its init on the parsed document, all within the budget', async () => {
    const islands = await buildIslands();
    const sources = readdirSync(path.join(__dirname, '..', '..', 'components', 'islands')).filter((f) =>
      f.endsWith('.island.ts'),
    );
    expect(islands.map((i) => `${i.name}.island.ts`)).toEqual(sources.sort());
    for (const island of islands) {
      expect(island.code, island.name).toMatch(/^\(\(\)=>\{/);
      expect(island.code, island.name).toContain('DOMContentLoaded');
      // Nothing of the framework, nor any import left for a browser to resolve.
      expect(island.code, island.name).not.toMatch(/\brequire\(|\bimport\b|react/i);
      expect(island.code, island.name).not.toMatch(/<\/script/i);
    }
    expect(islands.reduce((sum, i) => sum + i.gzipBytes, 0)).toBeLessThanOrEqual(ISLANDS_BUDGET_BYTES);
  });

  it('writes them as a module of strings the pages inline', () => {
    const text = builtModule([{ name: 'demo', code: 'alert("</scr"+"ipt>")', gzipBytes: 1 }]);
    expect(text).toContain('"demo": "alert(\\"</scr\\"+\\"ipt>\\")",');
    expect(text).toContain('export type IslandName = keyof typeof islandScripts;');
  });
});
