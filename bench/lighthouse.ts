// Lighthouse mobile (its default: a mid-range phone on a slow 4G link, simulated) on the production
// server in each theme, and on WordPress rendering the same URLs itself (its default block theme behind
// nginx + php-fpm), Debian's Chromium driving it. Each run is a reader's first visit: a fresh
// browser with an empty profile (one browser kept across runs had the fonts, scripts and images in
// its cache, and reported 96 where a first visit scores 74). Median of three runs per page, by
// performance score. Pages are served as readers get them: kept in the server's page cache after a
// first view. Three ways, in one run: Pressfront's reader documents (the default), Pressfront with
// Next's full app (PRESSFRONT_READER_PAGES=app), and WordPress's own PHP pages. Then a reader's
// second page, home → post, in Chromium.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { secondPage, type SecondPageRow } from './second-page';
import { startNext } from './support/next-server';
import { benchPorts } from './support/ports';

export const auditedPages: Record<string, string> = {
  home: '/',
  'long-form post': '/harbour-towns-sign-tidal-power-pact/',
  archive: '/category/news/',
};

export interface LighthouseRow {
  /** A Pressfront theme, or "WordPress (PHP)". */
  theme: string;
  /** documents, app, or php. */
  pages: 'documents' | 'app' | 'php';
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Compressed bytes over the wire, by kind: a first visit's. */
  htmlKb: number;
  cssKb: number;
  jsKb: number;
  fontKb: number;
  /** Audits that cost points outside performance, for the note. */
  failing: string[];
}

export const WORDPRESS_PHP = 'WordPress (PHP)';
const PORT = benchPorts.lighthouse;
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? '3');
const SERVERS = path.join(__dirname, 'servers', 'php-and-nginx.sh');

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

/** One first visit: a new browser, a new profile, one Lighthouse run, then both gone. */
async function firstVisit(
  url: string,
  label: string,
  pages: LighthouseRow['pages'],
  page: string,
): Promise<LighthouseRow> {
  // ESM-only packages: loaded when this part runs, not when the bench starts.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pf-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    userDataDir: profile,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
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
    const requests = ((audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ??
      []) as NetworkItem[];
    const kb = (type: string) =>
      Math.round(
        requests.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0) /
          102.4,
      ) / 10;
    return {
      theme: label,
      pages,
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      htmlKb: kb('Document'),
      cssKb: kb('Stylesheet'),
      jsKb: kb('Script'),
      fontKb: kb('Font'),
      failing,
    };
  } finally {
    chrome.kill();
    await rm(profile, { recursive: true, force: true });
  }
}

/** The median of RUNS first visits to each audited page at `origin`. */
async function auditSite(
  origin: string,
  label: string,
  pages: LighthouseRow['pages'],
): Promise<LighthouseRow[]> {
  const rows: LighthouseRow[] = [];
  for (const [page, pagePath] of Object.entries(auditedPages)) {
    const url = `${origin}${pagePath}`;
    // A first view fills the server's caches: what readers after the first one get.
    await fetch(url).then((r) => r.arrayBuffer());
    const runs: LighthouseRow[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstVisit(url, label, pages, page));
    runs.sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
    rows.push(runs[Math.floor(RUNS / 2)] as LighthouseRow);
  }
  return rows;
}

/**
 * A slow hour, made: `count` processes that keep a core busy each for as long as the audits run
 * (BENCH_LIGHTHOUSE_BUSY; the machine's own load moved these scores by up to 17 points before).
 */
function busyCores(count: number): () => void {
  const burners: ChildProcess[] = Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  return () => burners.forEach((burner) => burner.kill('SIGKILL'));
}

export async function benchLighthouse(
  themes = (process.env.BENCH_THEMES ?? 'show,paper,minimal').split(','),
): Promise<{ rows: LighthouseRow[]; secondPages: SecondPageRow[] }> {
  const rows: LighthouseRow[] = [];
  const secondPages: SecondPageRow[] = [];
  const stopBurning = busyCores(Number(process.env.BENCH_LIGHTHOUSE_BUSY ?? '0'));
  try {
    await auditAll(themes, rows, secondPages);
  } finally {
    stopBurning();
  }
  return { rows, secondPages };
}

async function auditAll(themes: string[], rows: LighthouseRow[], secondPages: SecondPageRow[]) {
  for (const theme of themes) {
    for (const pages of ['documents', 'app'] as const) {
      const server = await startNext(PORT, { PRESSFRONT_THEME: theme, PRESSFRONT_READER_PAGES: pages });
      try {
        rows.push(...(await auditSite(server.url, theme, pages)));
        if (theme === themes[0]) secondPages.push(await secondPage(server.url, `${theme}, ${pages}`));
      } finally {
        await server.stop();
      }
    }
  }
  if (process.env.BENCH_LIGHTHOUSE_WORDPRESS !== '0') {
    // WordPress's own rendering of the same URLs: the static server is started too, unused here.
    const staticDir = await mkdtemp(path.join(os.tmpdir(), 'pf-static-'));
    execFileSync(
      'bash',
      [SERVERS, 'up', String(benchPorts.wordpressNginx), String(benchPorts.staticNginx), staticDir],
      { stdio: 'inherit' },
    );
    try {
      const php = `http://127.0.0.1:${benchPorts.wordpressNginx}`;
      rows.push(...(await auditSite(php, WORDPRESS_PHP, 'php')));
      secondPages.push(await secondPage(php, WORDPRESS_PHP));
    } finally {
      execFileSync('bash', [SERVERS, 'down'], { stdio: 'inherit' });
      await rm(staticDir, { recursive: true, force: true });
    }
  }
}
