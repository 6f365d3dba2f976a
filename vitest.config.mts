import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Files that change what every module sees — process.env, globals, mocked modules — or keep state
// on globalThis (the cache handlers' expiry record): each runs in a module graph of its own.
const isolated = [
  'app/api/**/*.test.ts',
  'lib/cache/**/*.test.ts',
  'lib/revalidate/**/*.test.ts',
  'lib/edge/serve.test.ts',
  'lib/page-cache/serve.test.ts',
  'lib/routing/outage-status.test.ts',
  'lib/wordpress/bundle.test.ts',
  'lib/wordpress/client.test.ts',
  'lib/wordpress/follow-ups.test.ts',
  'lib/wordpress/subscribers.test.ts',
];
const everything = '{lib,themes,components,app,backend,bench,scripts}/**/*.test.{ts,tsx}';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    environment: 'node',
    // Worker threads, not child processes: nothing here needs a process of its own.
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'isolated', include: isolated } },
      // The rest are pure: they share one module graph per worker instead of loading React, zod and
      // the themes again for every file — the unit step's time was mostly that loading.
      { extends: true, test: { name: 'shared', include: [everything], exclude: isolated, isolate: false } },
    ],
  },
});
