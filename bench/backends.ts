// The two embedded WordPresses side by side (backend/wp.sh: native, WordPress Playground): how long
// each takes to start cold (installed and seeded from nothing — what the machine downloads once,
// Debian's files and Playground's CLI, already there) and warm (an installed site started again),
// what a miss costs Pressfront on each (a post nobody has asked for, every read from WordPress),
// and how long the e2e smoke set takes on each. Each runs in a state folder and on ports of its own
// (.pressfront/bench/backends/), so the developer's own local WordPress is left as it is.
import { execFileSync, spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { startNext } from './support/next-server';
import { benchPorts } from './support/ports';
import { readEnvLines } from '../backend/env-lines';

const ROOT = path.join(__dirname, '..');
const BACKENDS = ['native', 'playground'] as const;
type Backend = (typeof BACKENDS)[number];

export interface BackendFigures {
  coldStartS: number;
  warmStartS: number;
  /** A post never rendered, with nothing in the data cache: time to the whole page. */
  missMedianMs: number;
  missP90Ms: number;
  restMedianMs: number;
  smokeSetS: number;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
};

/**
 * GET on a connection of its own (a kept-alive one could be to the server of an earlier round on the
 * same port): the status, the body, and the time until its last byte.
 */
function getFresh(url: string): Promise<{ status: number; body: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    get(url, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body, ms: performance.now() - started }),
      );
    }).on('error', reject);
  });
}

function environment(backend: Backend): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PRESSFRONT_WORDPRESS: backend,
    PRESSFRONT_STATE_DIR: path.join(ROOT, '.pressfront', 'bench', 'backends', backend),
    PRESSFRONT_WP_PORT: String(benchPorts.backendsWordPress),
    PRESSFRONT_DB_PORT: String(benchPorts.backendsDatabase),
    PRESSFRONT_E2E_PORT: String(benchPorts.backendsE2e),
    PRESSFRONT_WP_VERSION: '6.8',
  };
}

function wp(backend: Backend, ...args: string[]): string {
  return execFileSync('bash', [path.join(ROOT, 'backend', 'wp.sh'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: environment(backend),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** A state folder with nothing but what the machine downloads once, linked from the main one. */
function freshState(backend: Backend): void {
  const state = environment(backend).PRESSFRONT_STATE_DIR ?? '';
  rmSync(state, { recursive: true, force: true });
  mkdirSync(path.join(state, 'playground'), { recursive: true });
  const main = path.join(ROOT, '.pressfront');
  if (existsSync(path.join(main, 'debian-13')))
    symlinkSync(path.join(main, 'debian-13'), path.join(state, 'debian-13'));
  if (existsSync(path.join(main, 'playground', 'cli'))) {
    symlinkSync(path.join(main, 'playground', 'cli'), path.join(state, 'playground', 'cli'));
  }
  if (existsSync(path.join(main, 'images')))
    cpSync(path.join(main, 'images'), path.join(state, 'images'), { recursive: true });
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return Math.round((performance.now() - started) / 100) / 10;
}

async function misses(backend: Backend, count: number): Promise<{ pageMs: number[]; restMs: number[] }> {
  const variables = readEnvLines(wp(backend, 'env'));
  // Nothing from an earlier run in Next's data cache; no rendered pages kept.
  rmSync(path.join(ROOT, '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
  const next = await startNext(benchPorts.next, { ...variables, PRESSFRONT_PAGE_CACHE_SECONDS: '0' });
  try {
    const listed = await getFresh(
      `${variables.WORDPRESS_URL}/wp-json/wp/v2/posts?per_page=${count + 1}&_fields=slug`,
    );
    const [warmUp, ...slugs] = (JSON.parse(listed.body) as { slug: string }[]).map((post) => post.slug);
    // As on a running site: the site-wide reads (settings, menus, design) cached, so each post
    // after is a miss of its own reads alone.
    for (const warm of ['/about/', `/${warmUp}/`]) await getFresh(`${next.url}${warm}`);
    const pageMs: number[] = [];
    const restMs: number[] = [];
    for (const slug of slugs) {
      const page = await getFresh(`${next.url}/${slug}/`);
      if (page.status !== 200) throw new Error(`/${slug}/ answered ${page.status} on ${backend}`);
      pageMs.push(page.ms);
      restMs.push((await getFresh(`${variables.WORDPRESS_URL}/wp-json/wp/v2/posts?slug=${slug}`)).ms);
    }
    return { pageMs, restMs };
  } finally {
    await next.stop();
  }
}

export interface WorkerFigures {
  workers: number;
  /** One REST request at a time (a post by slug): median ms. */
  oneAtATimeMs: number;
  /** Eight at once: the time until the last answered. */
  eightAtOnceMs: number;
  /** The server's resident memory after both, MB. */
  rssMb: number;
}

function serverRssMb(backend: Backend): number {
  const pidFile = path.join(
    environment(backend).PRESSFRONT_STATE_DIR ?? '',
    'playground',
    'run',
    'server.pid',
  );
  const pid = readFileSync(pidFile, 'utf8').trim();
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

/**
 * Playground's PHP workers (PRESSFRONT_WP_WORKERS): what more of them give on this machine. The CLI
 * picks one per core but one and warns that fewer than 6 may deadlock on file locks.
 */
async function playgroundWorkers(counts: number[]): Promise<WorkerFigures[]> {
  const rows: WorkerFigures[] = [];
  const url = `http://127.0.0.1:${benchPorts.backendsWordPress}/wp-json/wp/v2/posts?slug=harbour-towns-sign-tidal-power-pact`;
  const ask = async () => (await getFresh(url)).ms;
  for (const workers of counts) {
    wp('playground', 'down');
    process.env.PRESSFRONT_WP_WORKERS = String(workers);
    try {
      wp('playground', 'up');
    } finally {
      delete process.env.PRESSFRONT_WP_WORKERS;
    }
    // Every worker's first request compiles WordPress (OPcache per worker): not what is measured.
    await Promise.all(Array.from({ length: workers * 2 }, ask));
    const one: number[] = [];
    for (let i = 0; i < 10; i++) one.push(await ask());
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, ask));
    rows.push({
      workers,
      oneAtATimeMs: quantile(one, 0.5),
      eightAtOnceMs: Math.round(performance.now() - started),
      rssMb: serverRssMb('playground'),
    });
  }
  return rows;
}

export async function benchBackends(): Promise<{
  backends: Record<Backend, BackendFigures>;
  workers: WorkerFigures[];
}> {
  const figures = {} as Record<Backend, BackendFigures>;
  const posts = Number(process.env.BENCH_BACKENDS_POSTS ?? '12');
  let workers: WorkerFigures[] = [];
  for (const backend of BACKENDS) {
    freshState(backend);
    try {
      const coldStartS = seconds(() => wp(backend, 'up'));
      wp(backend, 'down');
      const warmStartS = seconds(() => wp(backend, 'up'));
      const { pageMs, restMs } = await misses(backend, posts);
      const smoke = seconds(() => {
        const run = spawnSync('bash', ['scripts/test-e2e.sh'], {
          cwd: ROOT,
          env: { ...environment(backend), PRESSFRONT_E2E_SMOKE: '1', PRESSFRONT_E2E_BUILT: '1' },
          stdio: 'inherit',
        });
        if (run.status !== 0) throw new Error(`the smoke set failed on ${backend}`);
      });
      figures[backend] = {
        coldStartS,
        warmStartS,
        missMedianMs: quantile(pageMs, 0.5),
        missP90Ms: quantile(pageMs, 0.9),
        restMedianMs: quantile(restMs, 0.5),
        smokeSetS: smoke,
      };
      if (backend === 'playground') {
        workers = await playgroundWorkers(
          (process.env.BENCH_BACKENDS_WORKERS ?? '1,2,4,6').split(',').map(Number),
        );
      }
    } finally {
      wp(backend, 'down');
    }
  }
  return { backends: figures, workers };
}
