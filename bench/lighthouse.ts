// Lighthouse mobile (its default: a mid-range phone on a slow 4G link, simulated) on the production
// server in each theme, Debian's Chromium driving it. Median of three runs per page, by performance
// score. Pages are served as readers get them: kept in the server's page cache after a first view.
import { startNext } from './support/next-server';
import { benchPorts } from './support/ports';

export const auditedPages: Record<string, string> = {
  home: '/',
  'long-form post': '/harbour-towns-sign-tidal-power-pact/',
};

export interface LighthouseRow {
  theme: string;
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that cost points outside performance, for the note. */
  failing: string[];
}

const PORT = benchPorts.lighthouse;
const RUNS = 3;

export async function benchLighthouse(themes = ['show', 'paper', 'minimal']): Promise<LighthouseRow[]> {
  // ESM-only packages: loaded when this part runs, not when the bench starts.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const theme of themes) {
      const server = await startNext(PORT, { PRESSFRONT_THEME: theme });
      try {
        for (const [page, pagePath] of Object.entries(auditedPages)) {
          const url = `${server.url}${pagePath}`;
          await fetch(url).then((r) => r.arrayBuffer());
          const runs: LighthouseRow[] = [];
          for (let i = 0; i < RUNS; i++) {
            const result = await lighthouse(url, {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
            });
            if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
            const { categories, audits } = result.lhr;
            const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
            const failing = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
              (categories[id]?.auditRefs ?? [])
                .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
                .map((ref) => `${id}:${ref.id}`),
            );
            runs.push({
              theme,
              page,
              performance: score('performance'),
              accessibility: score('accessibility'),
              bestPractices: score('best-practices'),
              seo: score('seo'),
              lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
              cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
              tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
              failing,
            });
          }
          runs.sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
          rows.push(runs[Math.floor(RUNS / 2)] as LighthouseRow);
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
