import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

// The layers, as rules (docs/architecture.md): lib/ is the data layer and knows nothing above it;
// components/ and themes/ render and never reach into app/'s routes; the data layer's WordPress
// client does not know the page cache (the cache observes reads through lib/wordpress/observe.ts).
const above = (...layers) =>
  layers.flatMap((layer) => [`@/${layer}`, `@/${layer}/**`, `**/../${layer}`, `**/../${layer}/**`]);
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: why }] }],
  },
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  layer(
    ['lib/**'],
    above('themes', 'components', 'app'),
    'lib/ is the data layer: it never imports themes/, components/ or app/.',
  ),
  layer(
    ['components/**', 'themes/**'],
    above('app'),
    'components/ and themes/ never import app/ (routes use them, not the other way round).',
  ),
  layer(
    ['lib/wordpress/**'],
    ['@/lib/page-cache', '@/lib/page-cache/**', '**/page-cache', '**/page-cache/**'],
    'The WordPress client does not know the page cache: the cache observes reads (lib/wordpress/observe.ts).',
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
