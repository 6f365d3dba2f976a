import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import { installedThemes } from './themes';

export interface RunningServer {
  url: string;
  /** Everything the server printed, for assertions on its log. */
  output: () => string;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

const nextBin = path.join(__dirname, '..', '..', 'node_modules', 'next', 'dist', 'bin', 'next');

/** Starts another `next start` of the suite's build (the webServer built it) with its own environment. */
export async function startServer(
  port: number,
  env: Record<string, string>,
  waitUntilUp = true,
): Promise<RunningServer> {
  let output = '';
  // Next's own command, not `npx next`: npx loads npm first, most of a second of CPU per server on
  // this machine, and the suite starts dozens of them.
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    // Pages are kept in memory only where a spec asks (PRESSFRONT_PAGE_CACHE_SECONDS): these servers
    // are not registered with the plugin, so nothing would tell them of the suite's REST edits.
    env: { ...process.env, PRESSFRONT_PAGE_CACHE_SECONDS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://localhost:${port}`;
  // Next and its server share one process group (detached): stop them all, and wait until
  // the port is free so the next server cannot be confused with this one. Next waits for open
  // keep-alive connections on SIGTERM; a test server need not, so SIGKILL follows after a moment.
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // The group is already gone.
    }
  };
  // A worker that ends without its afterAll (a failed test restarts the worker) must not leave its
  // server behind: orphaned, with its log pipes gone, a server spins on a core for nothing.
  const killOnExit = () => signal('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const stop = async () => {
    signal('SIGTERM');
    const killer = setTimeout(() => signal('SIGKILL'), 2_000);
    await exited;
    await expect
      .poll(async () => (await fetch(`${url}/api/health/`).catch(() => null)) === null, { timeout: 10_000 })
      .toBe(true)
      .finally(() => clearTimeout(killer));
  };
  if (waitUntilUp) {
    await expect
      .poll(async () => (await fetch(`${url}/api/health/`).catch(() => null))?.status, { timeout: 20_000 })
      .toBe(200)
      .catch(async (error: unknown) => {
        await stop();
        throw new Error(`server on port ${port} did not come up; it printed:\n${output}`, { cause: error });
      });
  }
  return { url, output: () => output, exited, stop };
}

/**
 * One server per installed theme (the default first), each on `portFor(i)`, all with `env`: for
 * specs in the site-wide project that check something in every theme.
 */
export function startServerPerTheme(
  portFor: (i: number) => number,
  env: Record<string, string>,
): Promise<RunningServer[]> {
  return Promise.all(
    installedThemes().map((theme, i) => startServer(portFor(i), { ...env, PRESSFRONT_THEME: theme })),
  );
}

/**
 * How long each server took, from now, to serve `path` with `read(html)` equal to `expected`: every
 * server polled at once, 25 ms apart, on the HTML alone (a browser's load, images and all, is not
 * the change reaching the server). Fails, naming the server, when `within` ms have passed.
 */
export function msUntilEachServes<T>(
  servers: RunningServer[],
  path: string,
  read: (html: string) => T,
  expected: T,
  within: number,
): Promise<number[]> {
  const since = Date.now();
  return Promise.all(
    servers.map(async (server) => {
      await expect
        .poll(async () => read(await (await fetch(`${server.url}${path}`)).text()), {
          message: `${server.url}${path}`,
          timeout: within,
          intervals: [25],
        })
        .toEqual(expected);
      return Date.now() - since;
    }),
  );
}
