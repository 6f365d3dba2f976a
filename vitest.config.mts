import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const roots = ['lib', 'server', 'themes', 'components', 'app', 'backend', 'bench', 'scripts'];
const testFiles = roots.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => `${root}/${file}`),
);
// A test file that changes what every module sees — process.env, globals, mocked modules — runs in
// a module graph of its own, found by what it calls (a new one is isolated without a list to keep).
const changesWhatOthersSee =
  /vi\.(mock|doMock|stubEnv|stubGlobal|resetModules)\(|process\.env\.\w+\s*=|delete process\.env|globalThis\./;
// So do the tests of modules that keep process-wide state on globalThis (the cache handlers'
// expiry record, the change feed's position), which their tests reach without naming it.
const processWideState = /^server\/(cache-handlers|redis|revalidation)\//;
const isolated = testFiles.filter(
  (file) => processWideState.test(file) || changesWhatOthersSee.test(readFileSync(file, 'utf8')),
);

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
      {
        extends: true,
        test: {
          name: 'shared',
          include: testFiles.filter((file) => !isolated.includes(file)),
          isolate: false,
        },
      },
    ],
  },
});
