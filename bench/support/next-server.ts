import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

export interface NextServer {
  url: string;
  /** The process group's leader: `next start` and the server it runs share its group. */
  pid: number;
  stop: () => Promise<void>;
}

/** Starts the production build (`next start`) with extra environment, and waits until it answers. */
export async function startNext(port: number, env: Record<string, string> = {}): Promise<NextServer> {
  const url = `http://127.0.0.1:${port}`;
  // A server left on the port (an interrupted run) would answer for this one, with its own build.
  const busy = await fetch(`${url}/api/health/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is taken: stop what runs there (pkill -f next-server)`);
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['start', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      return; // already gone
    }
    await exited;
  };
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`${url}/api/health/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, pid: child.pid ?? 0, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`next start on port ${port} did not answer within 30 s`);
}
