// How many WordPress REST requests each page type costs with nothing cached: a counting proxy sits
// between a fresh `next start` and the local WordPress; the server restarts (empty caches) for
// every page type. Needs a production build and the local WordPress (npm run bench sees to both).
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const pageTypes: Record<string, string> = {
  'front page': '/',
  'front page, page 2': '/page/2/',
  'single post (long form)': '/harbour-towns-sign-tidal-power-pact/',
  'page (nested)': '/about/masthead/',
  'category archive': '/category/science/climate/',
  'tag archive': '/tag/energy/',
  'author archive': '/author/marta-quinn/',
  'date archive': '/2026/11/',
  search: '/?s=harbour',
  '404': '/no-such-story/',
  feed: '/feed/',
  'sitemap index': '/sitemap.xml',
};

export interface RequestCost {
  page: string;
  path: string;
  status: number;
  requests: number;
  /** Bytes of the REST answers' bodies, as WordPress sent them. */
  restBytes: number;
  /** Time to the first byte of the page, server just started, nothing cached. */
  ttfbMs: number;
  routes: string[];
}

function countingProxy(target: string) {
  const seen: string[] = [];
  const bytes = { total: 0 };
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${(req.url ?? '').split('?')[0]}`);
    const upstream = http.request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => (bytes.total += chunk.length));
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return { server, seen, bytes };
}

async function startNext(port: number, env: Record<string, string>) {
  const child = spawn('npx', ['next', 'start', '--port', String(port)], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://localhost:${port}/api/health/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return () =>
    new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        resolve();
      }
    });
}

export async function benchRestRequests(): Promise<RequestCost[]> {
  const target = process.env.WORDPRESS_URL;
  if (!target) throw new Error('WORDPRESS_URL is not set: run through `npm run bench`');
  const { server, seen, bytes } = countingProxy(target);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const port = 3190;
  const costs: RequestCost[] = [];
  try {
    for (const [page, pagePath] of Object.entries(pageTypes)) {
      await rm(path.join(process.cwd(), '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
      // WordPress's links still name its own address: the proxy is only the way there.
      const stop = await startNext(port, { WORDPRESS_URL: proxyUrl, WORDPRESS_HOME_URL: target });
      seen.length = 0;
      bytes.total = 0;
      const started = performance.now();
      const response = await fetch(`http://localhost:${port}${pagePath}`, { redirect: 'manual' });
      const ttfbMs = Math.round(performance.now() - started);
      await response.arrayBuffer();
      costs.push({
        page,
        path: pagePath,
        status: response.status,
        requests: seen.length,
        restBytes: bytes.total,
        ttfbMs,
        routes: [...seen],
      });
      await stop();
    }
  } finally {
    server.close();
  }
  return costs;
}
