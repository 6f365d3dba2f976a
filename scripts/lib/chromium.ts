// The Chromium the e2e suite, the screenshots and the benchmarks drive: CHROMIUM_PATH when set;
// else Debian's (scripts/chromium-package.sh installs it where root can); else Playwright's own
// download (`npx playwright install chromium`), for machines without apt — undefined lets
// Playwright find it. scripts/chromium-package.sh stops with the command to run when there is none.
import { existsSync } from 'node:fs';

const debian = {
  // The same Blink without the browser around it: what the e2e suite drives.
  'headless-shell': '/usr/bin/chromium-headless-shell',
  // The whole browser: what readers run, so what the benchmarks measure.
  full: '/usr/bin/chromium',
} as const;

export function chromiumExecutable(kind: keyof typeof debian): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(debian[kind]) ? debian[kind] : undefined;
}
