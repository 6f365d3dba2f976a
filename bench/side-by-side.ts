// Side by side, on loopback, interleaved (A, B, C, A, B, C …) for the same URLs:
//   A — Pressfront's production server (next start), WordPress answers cached in its data cache
//   B — WordPress rendering the page itself with a stock theme, behind nginx + php-fpm
//   C — nginx serving Pressfront's HTML for that URL from a file: the ceiling
// wrk drives each for a bounded time after a short warm-up, at 1 and 32 connections. On two
// cores the load generator competes with the server: servers are pinned to core 0, wrk to core 1.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startNext } from './support/next-server';
import { rssMb, tree } from './support/process-tree';
import { type LoadFigures, wrk } from './wrk';
import { benchPorts } from './support/ports';

export const comparedPages: Record<string, string> = {
  home: '/',
  'long-form post': '/harbour-towns-sign-tidal-power-pact/',
  'category archive': '/category/news/',
  // A plugin's post type (the local events plugin), routed from the content model.
  event: '/events/harbour-lights/',
  'events archive': '/events/',
};

const PORTS = { A: benchPorts.next, B: benchPorts.wordpressNginx, C: benchPorts.staticNginx };
const ROOT = path.join(__dirname, '..');
const SERVERS = path.join(__dirname, 'servers', 'php-and-nginx.sh');

export interface SideBySideRow {
  page: string;
  connections: number;
  A: LoadFigures;
  B: LoadFigures;
  C: LoadFigures;
}

export interface SideBySide {
  pinned: string;
  seconds: number;
  rows: SideBySideRow[];
  pressfrontRssMb: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(200);
  }
  throw new Error(`${url} did not answer`);
}

function pin(pids: number[], core: number) {
  for (const pid of pids)
    execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
}

const pidsOf = (pattern: string) =>
  (() => {
    try {
      return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' });
    } catch {
      return '';
    }
  })()
    .split('\n')
    .map(Number)
    .filter((n) => n > 0);

export async function benchSideBySide(
  seconds = Number(process.env.BENCH_SECONDS ?? '10'),
): Promise<SideBySide> {
  const cores = os.cpus().length;
  const serverCore = 0;
  const loadCore = cores > 1 ? 1 : 0;
  const staticDir = path.join(ROOT, '.pressfront', 'bench', 'static');

  const next = await startNext(PORTS.A);
  try {
    // C: the HTML Pressfront serves, saved once per URL.
    await rm(staticDir, { recursive: true, force: true });
    for (const url of Object.values(comparedPages)) {
      const html = await (await fetch(`http://127.0.0.1:${PORTS.A}${url}`)).text();
      await mkdir(path.join(staticDir, url), { recursive: true });
      await writeFile(path.join(staticDir, url, 'index.html'), html);
    }
    execFileSync('bash', [SERVERS, 'up', String(PORTS.B), String(PORTS.C), staticDir], { stdio: 'inherit' });
    await waitFor(`http://127.0.0.1:${PORTS.B}/`);

    pin(tree(next.pid), serverCore);
    pin([...pidsOf('php-fpm'), ...pidsOf('nginx: ')], serverCore);

    // Every server must answer each page with the page itself: a 404 or a redirect is cheap to
    // serve, and timing it would flatter whoever sent it.
    for (const url of Object.values(comparedPages)) {
      for (const target of ['A', 'B', 'C'] as const) {
        const answer = await fetch(`http://127.0.0.1:${PORTS[target]}${url}`, { redirect: 'manual' });
        await answer.arrayBuffer();
        if (answer.status !== 200)
          throw new Error(`${target} answered ${url} with ${answer.status}, not 200`);
      }
    }

    const rows: SideBySideRow[] = [];
    for (const [page, url] of Object.entries(comparedPages)) {
      for (const connections of [1, 32]) {
        const figures = {} as Record<'A' | 'B' | 'C', LoadFigures>;
        for (const target of ['A', 'B', 'C'] as const) {
          const address = `http://127.0.0.1:${PORTS[target]}${url}`;
          wrk(address, { connections, seconds: 2, core: loadCore });
          figures[target] = wrk(address, { connections, seconds, core: loadCore });
        }
        rows.push({ page, connections, ...figures });
        console.log(
          `  ${page}, ${connections} connection(s): A ${figures.A.requestsPerSecond.toFixed(0)}  B ${figures.B.requestsPerSecond.toFixed(0)}  C ${figures.C.requestsPerSecond.toFixed(0)} req/s`,
        );
      }
    }
    return {
      pinned:
        cores > 1 ? `servers on core ${serverCore}, wrk on core ${loadCore}` : 'one core: not pinned apart',
      seconds,
      rows,
      pressfrontRssMb: await rssMb(tree(next.pid)),
    };
  } finally {
    execFileSync('bash', [SERVERS, 'down'], { stdio: 'inherit' });
    await next.stop();
  }
}
