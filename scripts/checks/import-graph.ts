import { readdirSync } from 'node:fs';
import path from 'node:path';

// The project's own import graph, read from its sources: which module imports which, by the
// specifiers written in them ('@/…' and relative), resolved as TypeScript and Next.js resolve them.
// ESLint's import/no-cycle held the same rule but quadrupled the lint step's time; this reads
// every file once.

const SOURCE = /\.(ts|tsx|mts|cts|cjs|mjs|js)$/;
const SKIP = new Set(['node_modules', '.next', '.git', '.pressfront', 'test-results', 'playwright-report']);
const EXTENSIONS = ['', '.ts', '.tsx', '.cjs', '.mjs', '.js', '/index.ts', '/index.tsx'];
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])((?:@\/|\.{1,2}\/)[^'"\n]*)\1/g;

/** Every source file under `dirs` of `root`, relative to it. */
export function sourceFiles(root: string, dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      if (SKIP.has(entry.name)) return [];
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(rel);
      return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
    });
  return dirs.flatMap((dir) => walk(dir));
}

/** Module → the project modules it imports (specifiers that resolve to none are left out). */
export function importGraph(files: Record<string, string>): Map<string, string[]> {
  const known = new Set(Object.keys(files));
  const resolve = (from: string, specifier: string) => {
    const base = specifier.startsWith('@/')
      ? specifier.slice(2)
      : path.normalize(path.join(path.dirname(from), specifier));
    return EXTENSIONS.map((ext) => base + ext).find((candidate) => known.has(candidate));
  };
  const graph = new Map<string, string[]>();
  for (const [file, text] of Object.entries(files)) {
    const targets = new Set<string>();
    for (const [, , specifier] of text.matchAll(SPECIFIER)) {
      const target = resolve(file, specifier!);
      if (target && target !== file) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Each circle of imports once, as the path round it (first module repeated at the end). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's strongly connected components: a component of more than one module holds a circle.
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!order.has(node)) visit(node);
  // One path round each component, for the message: from its first module back to it.
  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0]!;
    const route = (from: string, seen: string[]): string[] | null => {
      for (const next of graph.get(from) ?? []) {
        if (next === start) return [...seen, start];
        if (members.has(next) && !seen.includes(next)) {
          const found = route(next, [...seen, next]);
          if (found) return found;
        }
      }
      return null;
    };
    return route(start, [start]) ?? component;
  });
}
