// The production stack (npm run serve) under load: Varnish in front of N workers sharing Redis.
//   - the cached long-form post through Varnish at 32 connections, beside nginx serving the same
//     HTML as a file (the ceiling), and 200 readers for BENCH_STACK_LOAD_SECONDS (60) on it;
//   - uncached load: BENCH_STACK_POSTS (1,000) distinct posts, each asked once through the edge,
//     with N workers and with one — requests a second, and each core's CPU use meanwhile;
//   - publish-to-visible through the edge and every worker (median of 5), with readers of the post
//     and the home page at the edge meanwhile: what each was answered (hit, stale — a soft-purged
//     copy while its successor renders — or miss: a reader who waited on a render);
//   - WordPress stopped for BENCH_STACK_OUTAGE_SECONDS (60) while readers ask for pages seen before;
//   - memory of each worker, Redis and Varnish; which cores each process was pinned to.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startStack, type Stack } from '../scripts/stack/stack';
import { wpSh } from './build-scaling';
import { benchFlood, describeFlood, type FloodBench } from './flood';
import { benchPorts } from './support/ports';
import { rssMb, tree } from './support/process-tree';
import { type LoadFigures, wrk } from './wrk';

const ROOT = path.join(__dirname, '..');
const SERVERS = path.join(__dirname, 'servers', 'php-and-nginx.sh');
const LONG = '/harbour-towns-sign-tidal-power-pact/';

export interface StackBench {
  cores: number;
  workers: number;
  pinning: Record<string, string>;
  cached: {
    varnish: LoadFigures;
    varnishPlain: LoadFigures;
    nginx: LoadFigures;
    ratio: number;
    wrkCore: string;
  };
  load200: LoadFigures & { seconds: number };
  uncached: {
    posts: number;
    concurrency: number;
    nWorkers: UncachedRun;
    oneWorker: UncachedRun;
    ratio: number;
  };
  publishMs: number[];
  /** Publish-to-visible at the edge alone. */
  publishEdgeMs: number[];
  /** Publish-to-visible (edge and every worker) with readers of the post and the home page meanwhile. */
  publishWithReadersMs: number[];
  /** The edge's answers to readers of the post and the home page from each publish until both show it. */
  edgeAfterPublish: Record<string, number>;
  outage: { seconds: number; requests: number; errors: number; non200: number; unseenStatus: number };
  /** A flood of what no cache answers: with the defences (the defaults), and with them off. */
  flood: { defended: FloodBench; undefended: FloodBench };
  memoryMb: Record<string, number>;
}

interface UncachedRun {
  workers: number;
  seconds: number;
  requestsPerSecond: number;
  errors: number;
  /** Busy share of each core while it ran, 0–100. */
  cpuPerCore: number[];
  /** CPU seconds each kind of process used meanwhile (WordPress's php and MariaDB, the workers…). */
  cpuSecondsBy: Record<string, number>;
}

const env = (): Record<string, string> =>
  Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));

async function cpuTimes(): Promise<{ busy: number; total: number }[]> {
  const stat = await readFile('/proc/stat', 'utf8');
  return stat
    .split('\n')
    .filter((line) => /^cpu\d+ /.test(line))
    .map((line) => {
      const [, ...fields] = line.trim().split(/\s+/);
      const n = fields.map(Number);
      const idle = (n[3] ?? 0) + (n[4] ?? 0);
      const total = n.reduce((a, b) => a + b, 0);
      return { busy: total - idle, total };
    });
}

/** CPU seconds used so far by every running process, summed by command name (from /proc). */
async function cpuByCommand(): Promise<Map<string, number>> {
  const ticks = 100; // USER_HZ on Linux
  const totals = new Map<string, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = (await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')).trim();
    const match = /^\d+ \((.*)\) (.*)$/.exec(stat);
    if (!match) continue;
    // After "(comm)": state, ppid, … — utime and stime are the 12th and 13th of those.
    const fields = (match[2] ?? '').split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / ticks;
    if (!Number.isFinite(seconds)) continue;
    const name = (match[1] ?? '').replace(/^next-server.*/, 'next-server (workers)');
    totals.set(name, (totals.get(name) ?? 0) + seconds);
  }
  return totals;
}

/** Every generated post's path (BENCH_POSTS of them, behind the demo's). */
async function postPaths(count: number): Promise<string[]> {
  const wordpress = process.env.WORDPRESS_URL ?? 'http://127.0.0.1:8790';
  const paths: string[] = [];
  for (let page = 1; paths.length < count; page += 1) {
    const answer = await fetch(`${wordpress}/wp-json/wp/v2/posts?per_page=100&page=${page}&_fields=link`);
    if (!answer.ok) break;
    const posts = (await answer.json()) as { link: string }[];
    if (posts.length === 0) break;
    paths.push(...posts.map((p) => new URL(p.link).pathname));
  }
  return paths.slice(0, count);
}

/** Each path asked once through `url`, `concurrency` at a time. */
async function askEachOnce(url: string, paths: string[], concurrency: number) {
  let next = 0;
  let errors = 0;
  const before = await cpuTimes();
  const byCommandBefore = await cpuByCommand();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const pathname = paths[next++]!;
        const answer = await fetch(`${url}${pathname}`).catch(() => null);
        await answer?.arrayBuffer();
        if (answer?.status !== 200) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const after = await cpuTimes();
  const cpuPerCore = after.map((a, i) => {
    const b = before[i] ?? { busy: 0, total: 0 };
    return Math.round((100 * (a.busy - b.busy)) / Math.max(1, a.total - b.total));
  });
  const byCommandAfter = await cpuByCommand();
  const cpuSecondsBy = Object.fromEntries(
    [...byCommandAfter]
      .map(
        ([name, total]) => [name, Math.round((total - (byCommandBefore.get(name) ?? 0)) * 10) / 10] as const,
      )
      .filter(([, used]) => used >= 1)
      .sort((a, b) => b[1] - a[1]),
  );
  return {
    seconds: Math.round(seconds * 10) / 10,
    requestsPerSecond: paths.length / seconds,
    errors,
    cpuPerCore,
    cpuSecondsBy,
  };
}

const stackOptions = (workers: number, overrides: Record<string, string> = {}) => ({
  port: benchPorts.stackEdge,
  workers,
  workerPort: benchPorts.stackWorkers,
  redisPort: benchPorts.stackRedis,
  env: { ...env(), ...overrides },
  edgeSeconds: 3600,
  stateDir: path.join(ROOT, '.pressfront', 'bench', 'stack'),
  pin: true,
});

export async function benchStack(): Promise<StackBench> {
  const cores = os.availableParallelism();
  const workers = Number(process.env.PRESSFRONT_WORKERS ?? cores);
  const loadSeconds = Number(process.env.BENCH_STACK_LOAD_SECONDS ?? '60');
  const outageSeconds = Number(process.env.BENCH_STACK_OUTAGE_SECONDS ?? '60');
  const postCount = Number(process.env.BENCH_STACK_POSTS ?? '1000');
  const wrkCore = String(cores - 1);
  const staticDir = path.join(ROOT, '.pressfront', 'bench', 'static-stack');
  execFileSync('bash', [path.join(ROOT, 'scripts', 'stack', 'packages.sh')], { stdio: 'inherit' });

  let stack: Stack = await startStack(stackOptions(workers));
  try {
    wpSh('option', 'pressfront_bridge_frontends', stack.url);
    // The cached post, through Varnish, beside nginx serving the same bytes from a file.
    const html = await (await fetch(`${stack.url}${LONG}`)).text();
    await rm(staticDir, { recursive: true, force: true });
    await mkdir(path.join(staticDir, LONG), { recursive: true });
    await writeFile(path.join(staticDir, LONG, 'index.html'), html);
    execFileSync(
      'bash',
      [SERVERS, 'up', String(benchPorts.wordpressNginx), String(benchPorts.staticNginx), staticDir],
      {
        stdio: 'inherit',
      },
    );
    const edgeUrl = `${stack.url}${LONG}`;
    const fileUrl = `http://127.0.0.1:${benchPorts.staticNginx}${LONG}`;
    // As a browser asks: Varnish keeps the page gzipped and sends it so; nginx sends the file as it
    // is. Without the header Varnish would gunzip it for every request (measured too, apart).
    const browser = { 'Accept-Encoding': 'gzip, deflate, br' };
    const core = Number(wrkCore);
    wrk(edgeUrl, { connections: 32, seconds: 2, core, headers: browser });
    const varnish = wrk(edgeUrl, { connections: 32, seconds: 10, core, headers: browser });
    const varnishPlain = wrk(edgeUrl, { connections: 32, seconds: 10, core });
    wrk(fileUrl, { connections: 32, seconds: 2, core, headers: browser });
    const nginx = wrk(fileUrl, { connections: 32, seconds: 10, core, headers: browser });
    console.log(
      `  cached post at 32 connections: Varnish ${varnish.requestsPerSecond.toFixed(0)} (${varnishPlain.requestsPerSecond.toFixed(0)} to a client that takes no gzip), nginx ${nginx.requestsPerSecond.toFixed(0)} req/s`,
    );
    const load200 = {
      ...wrk(edgeUrl, { connections: 200, seconds: loadSeconds, core, headers: browser }),
      seconds: loadSeconds,
    };
    console.log(`  200 readers for ${loadSeconds} s: ${load200.requests} requests, ${load200.errors} errors`);

    // Publish to visible, through the edge and every worker.
    const wordpressUrl = process.env.WORDPRESS_URL ?? 'http://127.0.0.1:8790';
    const auth = `Basic ${Buffer.from(`${process.env.WORDPRESS_APP_USER}:${process.env.WORDPRESS_APP_PASSWORD}`).toString('base64')}`;
    const [post] = (await (
      await fetch(`${wordpressUrl}/wp-json/wp/v2/posts?slug=${LONG.replaceAll('/', '')}&_fields=id`)
    ).json()) as { id: number }[];
    const publishMs: number[] = [];
    const edgeAfterPublish: Record<string, number> = {};
    const edgeMs: number[] = [];
    // Five publications alone (publish-to-visible as every earlier run timed it), then five with
    // readers of the post and the home page at the edge meanwhile (what the edge answered them).
    const publishWithReaders: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const withReaders = i >= 5;
      for (const page of [LONG, '/']) await fetch(`${stack.url}${page}`).then((r) => r.arrayBuffer());
      const title = `Harbour towns sign tidal power pact (${Date.now()})`;
      await fetch(`${wordpressUrl}/wp-json/wp/v2/posts/${post!.id}`, {
        method: 'POST',
        headers: { Authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
      const started = performance.now();
      // Readers of the post and the home page at the edge, one after the other, until both show it.
      const shown = new Set<string>();
      const readers = (async () => {
        while (withReaders && shown.size < 2 && performance.now() - started < 10_000) {
          for (const page of [LONG, '/']) {
            const answer = await fetch(`${stack.url}${page}`);
            const cache = answer.headers.get('x-cache') ?? 'none';
            edgeAfterPublish[cache] = (edgeAfterPublish[cache] ?? 0) + 1;
            if ((await answer.text()).includes(title)) shown.add(page);
          }
        }
      })();
      for (const url of [stack.url, ...stack.workers.map((w) => w.url)]) {
        while (!(await (await fetch(`${url}${LONG}`)).text()).includes(title)) {
          if (performance.now() - started > 10_000)
            throw new Error(`${url} did not show the change within 10 s`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        if (url === stack.url && !withReaders) edgeMs.push(Math.round(performance.now() - started));
      }
      (withReaders ? publishWithReaders : publishMs).push(Math.round(performance.now() - started));
      await readers;
    }
    console.log(
      `  publish-to-visible: edge ${edgeMs.join(', ')} ms; edge and every worker ${publishMs.join(', ')} ms`,
    );
    console.log(
      `  with readers of the post and the home page at the edge: visible at the edge and every worker in ${publishWithReaders.join(', ')} ms; the edge answered them ${JSON.stringify(edgeAfterPublish)}`,
    );

    const memoryMb: Record<string, number> = {
      varnish: await rssMb(tree(stack.varnish.process.pid)),
      redis: await rssMb(tree(stack.redis.process.pid)),
    };
    for (const w of stack.workers) memoryMb[`worker ${w.port}`] = await rssMb(tree(w.process.pid));

    // A flood of what no cache answers, beside a reader of kept pages and an editor in wp-admin.
    const floodPages = [LONG, '/', '/category/news/'];
    const defended = await benchFlood(stack.url, wordpressUrl, LONG.replaceAll('/', ''), floodPages);
    for (const line of describeFlood('defended', defended)) console.log(line);

    // WordPress stopped: pages seen before answered from the edge; a page never seen, the 503.
    const seen = ['/', LONG, '/category/news/'];
    for (const page of seen) await fetch(`${stack.url}${page}`).then((r) => r.arrayBuffer());
    wpSh('down');
    let outage: StackBench['outage'];
    try {
      let requests = 0;
      let errors = 0;
      let non200 = 0;
      const until = performance.now() + outageSeconds * 1000;
      await Promise.all(
        Array.from({ length: 8 }, async (_, r) => {
          for (let n = r; performance.now() < until; n += 1) {
            const answer = await fetch(`${stack.url}${seen[n % seen.length]}`).catch(() => null);
            await answer?.arrayBuffer();
            requests += 1;
            if (!answer) errors += 1;
            else if (answer.status !== 200) non200 += 1;
          }
        }),
      );
      const unseen = await fetch(`${stack.url}/never-seen-before/?at=${Date.now()}`);
      outage = { seconds: outageSeconds, requests, errors, non200, unseenStatus: unseen.status };
    } finally {
      wpSh('up');
    }
    console.log(
      `  WordPress down ${outageSeconds} s: ${outage.requests} requests for pages seen before, ${outage.errors + outage.non200} not 200; a page never seen: ${outage.unseenStatus}`,
    );

    // Uncached: each post once, N workers, then one.
    const paths = await postPaths(postCount);
    const concurrency = 16;
    const nRun = await askEachOnce(stack.url, paths, concurrency);
    const pinning = stack.pinning;
    await stack.stop();
    stack = await startStack(stackOptions(1));
    // The data cache is Redis's, and this Redis is new: the single worker starts as cold as N did.
    const oneRun = await askEachOnce(stack.url, paths, concurrency);
    // The same flood with the defences off: no client limits at the edge, no brief caching, a
    // bound on WordPress too high to matter — what the stack did before them.
    await stack.stop();
    stack = await startStack(
      stackOptions(workers, {
        PRESSFRONT_EDGE_SEARCH_LIMIT: 'off',
        PRESSFRONT_EDGE_POST_LIMIT: 'off',
        PRESSFRONT_BRIEF_CACHE_SECONDS: '0',
        PRESSFRONT_ORIGIN_CONCURRENCY: '1000',
        PRESSFRONT_ORIGIN_SITE_CONCURRENCY: '1000',
      }),
    );
    const undefended = await benchFlood(stack.url, wordpressUrl, LONG.replaceAll('/', ''), floodPages);
    for (const line of describeFlood('undefended', undefended)) console.log(line);
    console.log(
      `  ${paths.length} posts once each: ${workers} workers ${nRun.requestsPerSecond.toFixed(1)} req/s (CPU ${nRun.cpuPerCore.join('/')} %), 1 worker ${oneRun.requestsPerSecond.toFixed(1)} req/s (CPU ${oneRun.cpuPerCore.join('/')} %)`,
    );
    return {
      cores,
      workers,
      pinning: { ...pinning, wrk: wrkCore },
      cached: {
        varnish,
        varnishPlain,
        nginx,
        ratio: varnish.requestsPerSecond / nginx.requestsPerSecond,
        wrkCore,
      },
      load200,
      uncached: {
        posts: paths.length,
        concurrency,
        nWorkers: { workers, ...nRun },
        oneWorker: { workers: 1, ...oneRun },
        ratio: nRun.requestsPerSecond / oneRun.requestsPerSecond,
      },
      publishMs,
      publishEdgeMs: edgeMs,
      publishWithReadersMs: publishWithReaders,
      edgeAfterPublish,
      outage,
      flood: { defended, undefended },
      memoryMb,
    };
  } finally {
    execFileSync('bash', [SERVERS, 'down'], { stdio: 'inherit' });
    await stack.stop();
  }
}
