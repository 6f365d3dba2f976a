import { installedThemes } from './themes';

/**
 * Every port the e2e run listens on, laid out from one variable, PRESSFRONT_E2E_PORT (default
 * 3100): first one server per installed theme (the Playwright projects), then the servers specs
 * start for themselves. scripts/test-e2e.sh checks the whole block is free before the run, so a
 * busy port is one clear line instead of a test talking to a stranger.
 */
const base = Number(process.env.PRESSFRONT_E2E_PORT ?? '3100');
const themeCount = installedThemes().length;

// Specs that start one server, and specs that start one per theme (and so need themeCount ports).
const single = ['outage', 'withoutCredentials', 'faults', 'siteDesignA', 'siteDesignB', 'smoke'] as const;
const perTheme = [
  'themeSwitch',
  'freshness',
  'draftPreview',
  'wordpressDown',
  'themeActivation',
  'themeCustomize',
  'messyContent',
] as const;
// The production stack's spec: Varnish, four workers (two groups, as two hosts), Redis.
const stack = ['edge', 'worker1', 'worker2', 'worker3', 'worker4', 'redis'] as const;
type Single = (typeof single)[number];
type PerTheme = (typeof perTheme)[number];

const afterThemes = base + themeCount;

export const e2ePorts = {
  /** The Playwright project of the i-th installed theme. */
  theme: (i: number) => base + i,
  single: (name: Single) => afterThemes + single.indexOf(name),
  /** The i-th installed theme's server of that spec (themeSwitch takes one more, for a bad theme). */
  perTheme: (name: PerTheme, i: number) =>
    afterThemes + single.length + perTheme.indexOf(name) * (themeCount + 1) + i,
  /** The stack spec's Varnish, workers and Redis. */
  stack: (name: (typeof stack)[number]) =>
    afterThemes + single.length + perTheme.length * (themeCount + 1) + stack.indexOf(name),
  /** Every port above, in order. */
  all: (): number[] =>
    Array.from(
      { length: themeCount + single.length + perTheme.length * (themeCount + 1) + stack.length },
      (_, i) => base + i,
    ),
};
