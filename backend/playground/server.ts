// The Playground server: one Node.js process (its PHP workers are threads) in a process group of
// its own, so `down` stops it whole. Its pid file says it runs; its log is logs/server.log.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureCli, mountArgs, PHP_VERSION } from './cli';
import { BackendError, type Layout } from './layout';
import { say } from './say';

/**
 * PHP workers. The CLI picks one per core but one (1 here) and warns that fewer than 6 may
 * deadlock on file locks; measured on 2 cores (BENCHMARKS.md): more than 4 adds memory, not speed.
 */
export const workers = () => process.env.PRESSFRONT_WP_WORKERS ?? '4';

const serverLog = (layout: Layout) => path.join(layout.logs, 'server.log');

/** Whether PID is a living Playground server of ours (a pid file can outlive its process). */
function isOurs(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  // Where /proc exists (Linux), make sure the pid was not given to another program since.
  if (existsSync('/proc/self')) {
    try {
      return readFileSync(cmdline, 'utf8').includes('wp-playground');
    } catch {
      return false;
    }
  }
  return true;
}

export function runningPid(layout: Layout): number | null {
  if (!existsSync(layout.pidFile)) return null;
  const pid = Number(readFileSync(layout.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isOurs(pid) ? pid : null;
}

/** Whether something answers HTTP at the site's address (an answer of any status). */
async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** Starts the server (when it is not running) and waits until its PHP workers answer. */
export async function startServer(layout: Layout): Promise<void> {
  if (runningPid(layout) === null) {
    const cli = ensureCli(layout);
    mkdirSync(path.dirname(layout.pidFile), { recursive: true });
    mkdirSync(layout.logs, { recursive: true });
    mkdirSync(layout.mail, { recursive: true });
    const log = openSync(serverLog(layout), 'w');
    const child = spawn(
      process.execPath,
      [
        cli,
        'server',
        '--port',
        String(layout.port),
        '--site-url',
        layout.url,
        '--php',
        PHP_VERSION,
        ...mountArgs(layout),
        // The site is installed by backend/php/install.php, as the native backend's is.
        '--wordpress-install-mode',
        'do-not-attempt-installing',
        '--workers',
        workers(),
      ],
      { detached: true, stdio: ['ignore', log, log] },
    );
    closeSync(log);
    if (child.pid === undefined) throw new BackendError('could not start WordPress Playground');
    writeFileSync(layout.pidFile, `${child.pid}\n`);
    child.unref();
  }
  await waitForWorkers(layout);
}

/** Until Playground's front answers with a worker behind it (a 502 is the front alone). */
async function waitForWorkers(layout: Layout): Promise<void> {
  const deadline = Date.now() + 180_000;
  let warned = false;
  while (Date.now() < deadline) {
    if (runningPid(layout) === null) {
      rmSync(layout.pidFile, { force: true });
      throw new BackendError(`WordPress Playground stopped while starting; see ${serverLog(layout)}`);
    }
    const log = existsSync(serverLog(layout)) ? readFileSync(serverLog(layout), 'utf8') : '';
    if (!warned && /may deadlock|likelihood of deadlock/.test(log)) {
      say(
        `Playground runs ${workers()} PHP worker${workers() === '1' ? '' : 's'} and warns that fewer than 6 may deadlock on file locks; if WordPress ever stops answering: npm run wp:down && npm run wp:up (PRESSFRONT_WP_WORKERS=6 for more)`,
      );
      warned = true;
    }
    const status = /Ready!/.test(log) ? await answers(`${layout.url}/wp-includes/version.php`) : null;
    if (status !== null && status !== 502 && status !== 503) return;
    await sleep(250);
  }
  throw new BackendError(
    `WordPress Playground did not answer on ${layout.url} within 180 s; see ${serverLog(layout)}`,
  );
}

/** Stops the server and its process group; true when one was running. */
export async function stopServer(layout: Layout): Promise<boolean> {
  const pid = runningPid(layout);
  if (pid === null) {
    rmSync(layout.pidFile, { force: true });
    return false;
  }
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      try {
        process.kill(pid, name);
      } catch {
        // gone already
      }
    }
  };
  signal('SIGTERM');
  for (let i = 0; i < 100 && isOurs(pid); i++) await sleep(100);
  if (isOurs(pid)) signal('SIGKILL');
  rmSync(layout.pidFile, { force: true });
  return true;
}
