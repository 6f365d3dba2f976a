// Build time and peak memory at growing archive sizes. The build must not grow with the number of
// posts: Pressfront pre-renders nothing from WordPress (every page renders on its first request and
// is cached), so the build does not even ask WordPress anything — the counting proxy in front of
// it proves that in each run. Each build starts from an empty .next (no build cache).
import { execFileSync, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startCountingProxy } from './support/counting-proxy';

const ROOT = path.join(__dirname, '..');

export interface BuildRun {
  posts: number;
  seconds: number;
  /** Sum of the resident memory of the build's processes, at its highest. */
  peakRssMb: number;
  restRequests: number;
}

export function wpSh(...args: string[]): string {
  return execFileSync('bash', [path.join(ROOT, 'backend', 'wp.sh'), ...args], { encoding: 'utf8' });
}

/** Resident memory of every process in a group, in kB. */
function groupRssKb(pgid: number): number {
  const out = execFileSync('ps', ['-eo', 'pgid=,rss='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([group]) => group === pgid)
    .reduce((sum, [, rss]) => sum + (rss ?? 0), 0);
}

async function measuredBuild(wordpressUrl: string): Promise<{ seconds: number; peakRssMb: number }> {
  await rm(path.join(ROOT, '.next'), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, WORDPRESS_URL: wordpressUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  let peakKb = 0;
  const sampler = setInterval(() => {
    try {
      if (child.pid) peakKb = Math.max(peakKb, groupRssKb(child.pid));
    } catch {
      // ps raced the exit
    }
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`next build exited with ${code}`);
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    peakRssMb: Math.round(peakKb / 1024),
  };
}

/** Builds at each size in turn (rising: posts are only ever added), then leaves the site at the last. */
export async function benchBuildScaling(counts: number[]): Promise<BuildRun[]> {
  const target = process.env.WORDPRESS_URL;
  if (!target) throw new Error('WORDPRESS_URL is not set: run through `npm run bench`');
  const proxy = await startCountingProxy(target);
  const runs: BuildRun[] = [];
  try {
    wpSh('reset');
    for (const posts of [...counts].sort((a, b) => a - b)) {
      wpSh('generate', String(posts));
      proxy.reset();
      const { seconds, peakRssMb } = await measuredBuild(proxy.url);
      runs.push({ posts, seconds, peakRssMb, restRequests: proxy.seen.length });
    }
  } finally {
    proxy.close();
  }
  return runs;
}
