import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

// The layers, as rules (docs/architecture.md): app/ → themes/ → components/ → lib/, and server/
// (the server's machinery: page cache, edge, revalidation, previews, routing) beside them, used by
// app/ alone. Every arrow points down: a layer never imports one above it, and lib/ — the data
// layer — imports no Next.js but through its fetch wrapper, so it runs anywhere. No import circle
// anywhere: scripts/checks/import-graph.test.ts (ESLint's import/no-cycle took 4× the lint time).
const above = (...layers) =>
  layers.flatMap((layer) => [`@/${layer}`, `@/${layer}/**`, `**/../${layer}`, `**/../${layer}/**`]);
const nextItself = ['next', 'next/*'];
const layer = (files, forbidden, why, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: why }] }],
  },
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  layer(
    ['lib/**'],
    [...above('server', 'themes', 'components', 'app'), ...nextItself],
    'lib/ is the data layer: it imports no server/, themes/, components/, app/, nor Next.js (the server registers with it: lib/wordpress/observe.ts).',
  ),
  layer(
    ['server/**'],
    above('themes', 'components', 'app'),
    'server/ is the machinery under the routes: it never imports themes/, components/ or app/.',
  ),
  layer(
    ['components/**'],
    above('themes', 'app', 'server'),
    'components/ is theme-independent: it never imports themes/, app/ or server/ (themes plug into it through components/content/elements.ts; server actions arrive as props).',
  ),
  layer(
    ['themes/**'],
    above('app', 'server'),
    'themes/ never imports app/ or server/: routes hand a theme what it renders (TemplateProps).',
  ),
  // CommonJS files Next.js loads by path at run time (the data cache handler) import with require().
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  globalIgnores([
    '.next/**',
    '.pressfront/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
]);
