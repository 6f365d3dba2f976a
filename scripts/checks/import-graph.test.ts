import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles } from './import-graph';

// No module reaches itself again through its imports: a circle makes what a module sees depend
// on which of its members loaded first (the layers' direction is ESLint's, eslint.config.mjs).

const root = path.join(__dirname, '..', '..');
const dirs = ['app', 'themes', 'components', 'server', 'lib', 'scripts', 'backend', 'bench', 'e2e'];

describe('the import graph', () => {
  it('finds a circle, however it is written', () => {
    const graph = importGraph({
      'lib/a.ts': "import { b } from './b';",
      'lib/b.ts': "import type { C } from '@/lib/c';",
      'lib/c.ts': "export const c = () => import('../lib/a');",
      'lib/d.cjs': "const a = require('./a');",
    });
    expect(importCycles(graph)).toEqual([['lib/a.ts', 'lib/b.ts', 'lib/c.ts', 'lib/a.ts']]);
  });

  it('has no circle in the project', () => {
    const files = Object.fromEntries(
      sourceFiles(root, dirs).map((file) => [file, readFileSync(path.join(root, file), 'utf8')]),
    );
    const graph = importGraph(files);
    // The graph is the project's: it holds the modules and their imports (a broken reader would
    // find no circle in an empty graph).
    expect(graph.size).toBeGreaterThan(400);
    expect(graph.get('app/_theme/render-view.tsx')).toContain('themes/_engine/hierarchy.ts');
    expect(importCycles(graph)).toEqual([]);
  });
});
