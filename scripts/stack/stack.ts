import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listening, startProcess, waitFor, type Managed } from './processes';
import { type Config, parseConfig } from '../../lib/config';
import { renderSiteVcl, type Backend } from './varnish-site';

// The production stack on one machine (npm run serve), and its parts for the tests and the bench:
// Redis as the workers' shared data cache, N stateless Pressfront workers on loopback ports,
// Varnish in front as page cache and load balancer, purged by cache tag.

const root = path.join(__dirname, '..', '..');

export interface Redis {
  url: string;
  port: number;
  process: Managed;
}

/** Redis as a cache: in memory only, bounded, least recently used out first; loopback only. */
export async function startRedis(options: { port: number; dir: string; cpus?: string }): Promise<Redis> {
  mkdirSync(options.dir, { recursive: true });
  const process = startProcess(
    'redis',
    'redis-server',
    [
      '--port',
      String(options.port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      options.dir,
      '--maxmemory',
      '256mb',
      '--maxmemory-policy',
      'allkeys-lru',
      '--daemonize',
      'no',
    ],
    { logDir: options.dir, cpus: options.cpus },
  );
  await waitFor('Redis', async () => (await listening(options.port)) || (await exitedEarly(process)), 10_000);
  if (await exitedEarly(process)) throw new Error(`Redis exited at start; see ${options.dir}/redis.log`);
  return { url: `redis://127.0.0.1:${options.port}/0`, port: options.port, process };
}

async function exitedEarly(process: Managed): Promise<boolean> {
  return Promise.race([
    process.exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 0)),
  ]);
}

export interface Worker {
  port: number;
  url: string;
  process: Managed;
}

/** One production server of the build in .next, on its own loopback port. */
export async function startWorker(options: {
  port: number;
  env: Record<string, string>;
  logDir: string;
  cpus?: string;
}): Promise<Worker> {
  const process_ = startProcess(
    `worker-${options.port}`,
    process.execPath,
    [
      path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '--port',
      String(options.port),
      '--hostname',
      '127.0.0.1',
    ],
    {
      env: { ...process.env, ...options.env, PORT: String(options.port) },
      logDir: options.logDir,
      cpus: options.cpus,
    },
  );
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(
    `worker on ${options.port}`,
    async () => {
      if (await exitedEarly(process_))
        throw new Error(`worker on ${options.port} exited; see ${options.logDir}`);
      return (await fetch(`${url}/api/health/`).catch(() => null))?.ok ?? false;
    },
    60_000,
  );
  return { port: options.port, url, process: process_ };
}

export interface Varnish {
  url: string;
  port: number;
  process: Managed;
}

/** Varnish on `port` in front of `backends`, from deploy/varnish/pressfront.vcl and a generated site part. */
export async function startVarnish(options: {
  port: number;
  backends: Backend[];
  purgeToken: string;
  purgers?: string[];
  /** The edge's settings from the workers' configuration: client limits, a CDN in front. */
  edge?: Pick<Config['edge'], 'limits' | 'cdnInFront' | 'clientHeader'>;
  dir: string;
}): Promise<Varnish> {
  mkdirSync(options.dir, { recursive: true });
  // Varnish compiles and runs its VCL as its own unprivileged user, which may not enter the
  // checkout (a fresh clone under a private temporary directory, a home directory): its files go
  // to a directory of its own that any user may read.
  const runDir = path.join(os.tmpdir(), `pressfront-varnish-${options.port}`);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true, mode: 0o755 });
  chmodSync(runDir, 0o755);
  copyFileSync(path.join(root, 'deploy', 'varnish', 'pressfront.vcl'), path.join(runDir, 'pressfront.vcl'));
  writeFileSync(
    path.join(runDir, 'pressfront-site.vcl'),
    renderSiteVcl({
      backends: options.backends,
      purgers: options.purgers ?? ['127.0.0.1', '::1'],
      purgeToken: options.purgeToken,
      ...options.edge,
    }),
    { mode: 0o644 },
  );
  const process = startProcess(
    'varnish',
    'varnishd',
    [
      '-F',
      '-n',
      path.join(runDir, 'work'),
      '-a',
      `127.0.0.1:${options.port}`,
      '-f',
      path.join(runDir, 'pressfront.vcl'),
      '-p',
      `vcl_path=${runDir}:/usr/share/varnish/vcl`,
      '-s',
      'malloc,256m',
      // No management port: nothing here is reloaded by hand.
      '-T',
      'none',
    ],
    { logDir: options.dir },
  );
  void process.exited.then(() => rmSync(runDir, { recursive: true, force: true }));
  await waitFor(
    'Varnish',
    async () => {
      if (await exitedEarly(process))
        throw new Error(`Varnish exited at start; see ${options.dir}/varnish.log`);
      return listening(options.port);
    },
    20_000,
  );
  return { url: `http://127.0.0.1:${options.port}`, port: options.port, process };
}

export interface StackOptions {
  /** Where readers reach the site: Varnish's port. */
  port: number;
  workers: number;
  /** The first worker's port; the others follow. */
  workerPort: number;
  redisPort: number;
  /** WordPress and the plugin's secret, as `npm start` would read them. */
  env: Record<string, string>;
  /** How long the edge keeps a page before asking again (purges end it sooner). */
  edgeSeconds?: number;
  stateDir: string;
  /** Pin each process to cores (taskset), as the bench does; otherwise the kernel chooses. */
  pin?: boolean;
}

export interface Stack {
  url: string;
  redis: Redis;
  workers: Worker[];
  varnish: Varnish;
  purgeToken: string;
  /** The environment every worker runs with (to start one again). */
  workerEnv: Record<string, string>;
  /** Which cores each process was pinned to, when pinned. */
  pinning: Record<string, string>;
  stop: () => Promise<void>;
}

export function workerEnv(options: {
  env: Record<string, string>;
  redisUrl: string;
  edgeUrls: string[];
  purgeToken: string;
  edgeSeconds: number;
}): Record<string, string> {
  return {
    ...options.env,
    PRESSFRONT_REDIS_URL: options.redisUrl,
    PRESSFRONT_EDGE_CACHE_SECONDS: String(options.edgeSeconds),
    PRESSFRONT_EDGE_PURGE_URLS: options.edgeUrls.join(' '),
    PRESSFRONT_EDGE_PURGE_TOKEN: options.purgeToken,
    // The edge is the page cache: a worker keeping its own would serve what another one's purge
    // removed.
    PRESSFRONT_PAGE_CACHE_SECONDS: '0',
    // Every worker together asks the local WordPress for fewer requests at once than it has PHP
    // workers (backend/wp.sh: PRESSFRONT_WP_WORKERS, 4): the editors in wp-admin always find one.
    PRESSFRONT_ORIGIN_SITE_CONCURRENCY:
      options.env.PRESSFRONT_ORIGIN_SITE_CONCURRENCY ||
      String(Math.max(1, Number(options.env.PRESSFRONT_WP_WORKERS || 4) - 1)),
  };
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const cores = Math.max(1, os.availableParallelism());
  const pin = (i: number) => (options.pin ? String(i % cores) : undefined);
  const pinning: Record<string, string> = {};
  const started: Managed[] = [];
  const purgeToken = randomBytes(24).toString('hex');
  try {
    const redis = await startRedis({
      port: options.redisPort,
      dir: path.join(options.stateDir, 'redis'),
      cpus: pin(cores - 1),
    });
    started.push(redis.process);
    if (options.pin) pinning.redis = pin(cores - 1) ?? '';
    const env = workerEnv({
      env: options.env,
      redisUrl: redis.url,
      edgeUrls: [`http://127.0.0.1:${options.port}`],
      purgeToken,
      edgeSeconds: options.edgeSeconds ?? 3600,
    });
    const workers = await Promise.all(
      Array.from({ length: options.workers }, (_, i) =>
        startWorker({
          port: options.workerPort + i,
          env,
          logDir: path.join(options.stateDir, 'workers'),
          cpus: pin(i),
        }),
      ),
    );
    workers.forEach((worker, i) => {
      started.push(worker.process);
      if (options.pin) pinning[`worker-${worker.port}`] = pin(i) ?? '';
    });
    const varnish = await startVarnish({
      port: options.port,
      backends: workers.map((w) => ({ host: '127.0.0.1', port: w.port })),
      purgeToken,
      edge: parseConfig(env).edge,
      dir: path.join(options.stateDir, 'varnish'),
    });
    started.push(varnish.process);
    const stack: Stack = {
      url: varnish.url,
      redis,
      workers,
      varnish,
      purgeToken,
      workerEnv: env,
      pinning,
      // What runs now (a worker, Redis or Varnish may have been started again since): the edge
      // first (no new requests), then the workers, then their cache.
      stop: async () => {
        await stack.varnish.process.stop();
        await Promise.all(stack.workers.map((w) => w.process.stop()));
        await stack.redis.process.stop();
      },
    };
    return stack;
  } catch (error) {
    await Promise.all(started.map((p) => p.stop(1_000)));
    throw error;
  }
}
