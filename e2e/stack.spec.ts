import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { createClient } from '@redis/client';
import { signBody } from '@/lib/signing';
import { RateLimit } from '@/server/rate-limit/rate-limit';
import { SharedState, type SharedStateClient } from '@/server/redis/shared-state';
import {
  startRedis,
  startStack,
  startVarnish,
  startWorker,
  workerEnv,
  type Stack,
  type Worker,
} from '../scripts/stack/stack';
import { EditorSession, flood, quantile, readPages, wordpressLoad } from '../scripts/stack/flood';
import { expect, test } from './fixtures';
import { e2ePorts } from './support/ports';
import { installedThemes } from './support/themes';
import { adminPassword, wordpressEnv, wpAdmin, wpScript } from './support/wordpress-admin';

// The production stack (npm run serve) as the suite starts it: Redis, two workers, Varnish in
// front — against the local WordPress, whose plugin is pointed at Varnish. Then the same with a
// second group of workers, as a second host would run them, sharing the Redis behind the one
// Varnish. Runs in the site-wide project, alone (it stops WordPress, times publish-to-visible),
// then restores the seed.

const LONG = '/harbour-towns-sign-tidal-power-pact/';
const OTHER = '/river-dredging-plan/';
let stack: Stack;
let secret: string;
let dir: string;

interface Answer {
  status: number;
  /** Varnish's x-cache: hit, stale (a soft-purged copy, served while its successor renders) or miss. */
  cache: string | null;
  /** The id of the fetch that made the copy served (Varnish's x-varnish, second number): a new copy, a new id. */
  copy: string | null;
  backend: string | null;
  type: string;
  cacheControl: string;
  text: string;
}

async function get(
  url: string,
  headers: Record<string, string> = {},
  redirect: RequestRedirect = 'manual',
): Promise<Answer> {
  // With the purge token, as the operator: the edge leaves its internal headers on (x-backend,
  // x-varnish), which readers never get.
  const operator: Record<string, string> =
    stack && url.startsWith(stack.url) ? { 'x-pressfront-purge-token': stack.purgeToken } : {};
  const response = await fetch(url, { headers: { ...operator, ...headers }, redirect });
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    copy: response.headers.get('x-varnish')?.split(' ')[1] ?? null,
    backend: response.headers.get('x-backend'),
    type: response.headers.get('content-type') ?? '',
    cacheControl: response.headers.get('cache-control') ?? '',
    text: await response.text(),
  };
}

const idOf = async (slug: string) =>
  (await wpAdmin<{ id: number }[]>('GET', `/wp/v2/posts?slug=${slug.replaceAll('/', '')}&_fields=id`))[0]!.id;

/**
 * Until the edge serves `page` from a current copy: kept, and not stale (an earlier test's purge
 * may have left it stale until its successor came).
 */
async function keptAndCurrent(page: string) {
  await expect.poll(async () => (await get(`${stack.url}${page}`)).cache, { timeout: 5_000 }).toBe('hit');
}

/** Sends the plugin's signed message (tags to revalidate) to `url`, as WordPress would. */
async function revalidate(url: string, tags: string[]) {
  const body = JSON.stringify({ tags, event: `e2e-stack-${Date.now()}` });
  const at = Math.floor(Date.now() / 1000);
  const answer = await fetch(`${url}/api/revalidate/`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-pressfront-timestamp': String(at),
      'x-pressfront-signature': signBody(body, at, secret),
    },
  });
  expect(answer.status, await answer.text()).toBe(200);
}

/** A raw PURGE to the edge from `localAddress` (127.0.0.0/8 is all loopback on Linux). */
function purge(headers: Record<string, string>, localAddress = '127.0.0.1') {
  return new Promise<{ status: number; purged: string | undefined }>((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: stack.varnish.port, method: 'PURGE', path: '/', headers, localAddress },
      (response) => {
        response.resume();
        resolve({
          status: response.statusCode ?? 0,
          purged: response.headers['x-purged'] as string | undefined,
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const log = (worker: Worker) => readFileSync(path.join(dir, 'workers', `worker-${worker.port}.log`), 'utf8');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  execFileSync('bash', [path.join(__dirname, '..', 'scripts', 'stack', 'packages.sh')], { stdio: 'inherit' });
  const env = wordpressEnv();
  secret = env.PRESSFRONT_BRIDGE_SECRET ?? '';
  dir = path.join(__dirname, '..', '.pressfront', 'stack-e2e');
  // Logs from this run only: the tests count lines in them.
  rmSync(dir, { recursive: true, force: true });
  stack = await startStack({
    port: e2ePorts.stack('edge'),
    workers: 2,
    workerPort: e2ePorts.stack('worker1'),
    redisPort: e2ePorts.stack('redis'),
    env: { ...env, PRESSFRONT_THEME: '' },
    edgeSeconds: 3600,
    stateDir: dir,
  });
  // WordPress tells the edge's address; Varnish hands the message to one worker.
  wpScript('option', 'pressfront_bridge_frontends', stack.url);
  // Each worker has rendered a page once, as a server that has been up a while has: the timings
  // below are a running site's, not a process's first render.
  for (const worker of stack.workers) await get(`${worker.url}${LONG}`);
});

test.afterAll(async () => {
  await stack?.stop();
  wpScript('reset');
});

test('pages are kept at the edge under their cache tags; what it does not keep is spread over the workers', async () => {
  const first = await get(`${stack.url}${LONG}`);
  expect(first.status).toBe(200);
  const again = await get(`${stack.url}${LONG}`);
  expect(again.cache).toBe('hit');
  expect(again.text).toBe(first.text);
  // What the worker told the edge: how long, and the tags of every WordPress read it made.
  const direct = await fetch(`${stack.workers[0]!.url}${LONG}`);
  expect(direct.headers.get('cache-control')).toBe(
    'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400',
  );
  const keys = (direct.headers.get('xkey') ?? '').split(' ');
  const slug = LONG.replaceAll('/', '');
  expect(keys).toEqual(
    expect.arrayContaining([`post-slug:${slug}`, `comments:${await idOf(LONG)}`, 'site', 'wordpress']),
  );
  expect(direct.headers.get('surrogate-key')).toBe(keys.join(' '));
  // Pages not kept yet go round the workers.
  const backends = new Set<string | null>();
  // (asked of the health route, which renders nothing: 24 draws leave a worker out once in 10⁷)
  for (let i = 0; i < 24; i += 1) backends.add((await get(`${stack.url}/api/health/?n=${i}`)).backend);
  expect([...backends].sort()).toEqual(['worker0', 'worker1']);
});

test('publish → the edge and both workers show it within 1 s; no reader of the edge waits on a render', async () => {
  const id = await idOf(LONG);
  for (const page of [LONG, '/']) await keptAndCurrent(page);
  const home = (await get(`${stack.url}/`)).copy;
  const title = `Tidal pact signed at the edge (${Date.now()})`;
  await wpAdmin('POST', `/wp/v2/posts/${id}`, { title });
  const started = Date.now();
  // The edge first (a soft purge, a render in the background); then each worker, which renders
  // from the shared data cache. Asked one after the other: every question to a worker is a whole
  // render, and asking all three at once, every few milliseconds, would time the load the test makes.
  const seen = new Set<string | null>();
  await expect
    .poll(
      async () => {
        const answer = await get(`${stack.url}${LONG}`);
        seen.add(answer.cache);
        return answer.text.includes(title);
      },
      { timeout: 1_000, intervals: [50] },
    )
    .toBe(true);
  const edge = Date.now() - started;
  expect([...seen], 'the edge’s answers meanwhile: its copy, stale, then the new one').not.toContain('miss');
  for (const worker of stack.workers) {
    expect((await get(`${worker.url}${LONG}`)).text, `worker on ${worker.port}`).toContain(title);
  }
  const all = Date.now() - started;
  // The home page, which lists the post, is made again right after the purge, before a reader asks
  // (server/revalidation/warm-pages.ts): its readers get the copy they had, then the new one, never a miss.
  const front = new Set<string | null>();
  await expect
    .poll(
      async () => {
        const answer = await get(`${stack.url}/`);
        front.add(answer.cache);
        return answer.copy !== home && answer.text.includes(title);
      },
      { timeout: 2_000, intervals: [50] },
    )
    .toBe(true);
  expect([...front], 'the home page’s answers meanwhile').not.toContain('miss');
  console.log(`[stack] publish-to-visible: edge ${edge} ms, edge and both workers ${all} ms`);
  expect(all).toBeLessThanOrEqual(1_000);
});

test('a theme activated in WordPress reaches the edge and every worker within 2 s', async () => {
  const [first, second] = installedThemes();
  const themeOf = async (url: string) => /data-theme="([^"]+)"/.exec((await get(`${url}${LONG}`)).text)?.[1];
  await keptAndCurrent(LONG);
  expect(await themeOf(stack.url)).toBe(first);
  await wpAdmin('POST', '/wp/v2/settings', { pressfront_theme: second });
  const started = Date.now();
  try {
    await expect.poll(() => themeOf(stack.url), { timeout: 2_000, intervals: [50] }).toBe(second);
    for (const worker of stack.workers)
      expect(await themeOf(worker.url), `worker on ${worker.port}`).toBe(second);
    expect(Date.now() - started).toBeLessThanOrEqual(2_000);
  } finally {
    await wpAdmin('POST', '/wp/v2/settings', { pressfront_theme: '' });
  }
});

test('a purge renews only the pages that carry the tag, and no reader meanwhile waits on a miss', async () => {
  const tag = `comments:${await idOf(LONG)}`;
  // The fact the test stands on: the other story's page did not read this one.
  const otherKeys = (await fetch(`${stack.workers[0]!.url}${OTHER}`)).headers.get('xkey') ?? '';
  expect(otherKeys.split(' ')).not.toContain(tag);
  for (const page of [LONG, OTHER]) await keptAndCurrent(page);
  const before = {
    long: (await get(`${stack.url}${LONG}`)).copy,
    other: (await get(`${stack.url}${OTHER}`)).copy,
  };
  await revalidate(stack.url, [tag]);
  // Soft-purged: the copy readers had, until the one rendered in the background replaces it.
  const seen = new Set<string | null>();
  await expect
    .poll(
      async () => {
        const answer = await get(`${stack.url}${LONG}`);
        seen.add(answer.cache);
        return answer.copy !== before.long && answer.cache === 'hit';
      },
      { timeout: 2_000, intervals: [25] },
    )
    .toBe(true);
  expect(
    [...seen].filter((cache) => cache === 'miss'),
    'readers who waited on a render',
  ).toEqual([]);
  expect(await get(`${stack.url}${OTHER}`)).toMatchObject({ cache: 'hit', copy: before.other });
});

test('what the edge never keeps: cookies, POSTs, the API, subscribe pages; payloads never as pages', async () => {
  await keptAndCurrent(LONG);
  for (const attempt of [1, 2]) {
    // A reader with a cookie gets a page made for them, never the shared copy (and keeps none).
    const withCookie = await get(`${stack.url}${LONG}`, { cookie: 'pf-postpass-1=x' });
    expect(withCookie.cache, `cookie, attempt ${attempt}`).toBe('miss');
    expect((await get(`${stack.url}/api/health/`)).cache, `api, attempt ${attempt}`).toBe('miss');
    const subscribe = await get(`${stack.url}/subscribe/`);
    expect(subscribe.cache, `subscribe, attempt ${attempt}`).toBe('miss');
    const posted = await fetch(`${stack.url}/api/subscribe/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=',
      redirect: 'manual',
    });
    expect(posted.headers.get('x-cache'), `POST, attempt ${attempt}`).toBe('miss');
    // A client-side navigation's request for the same URL is its React payload, not the kept HTML
    // (Next first sends it to the address with its cache-busting `_rsc` parameter: followed here)…
    const payload = await get(`${stack.url}${LONG}`, { RSC: '1' }, 'follow');
    expect(payload.type, `RSC, attempt ${attempt}`).toMatch(/^text\/x-component/);
    expect(payload.cache).toBe('miss');
  }
  // …and the page is still the page.
  const page = await get(`${stack.url}${LONG}`);
  expect(page.type).toMatch(/^text\/html/);
  expect(page.cache).toBe('hit');
});

test('purges from anywhere but the frontend are refused: without the token, or from outside the allow-list', async () => {
  const keys = { 'xkey-purge': 'site' };
  expect((await purge(keys)).status).toBe(403);
  expect((await purge({ ...keys, 'x-pressfront-purge-token': 'x'.repeat(48) })).status).toBe(403);
  // The right token from an address the allow-list does not name (127.0.0.2: another machine).
  expect((await purge({ ...keys, 'x-pressfront-purge-token': stack.purgeToken }, '127.0.0.2')).status).toBe(
    403,
  );
  // Refused purges touched nothing: a page the edge keeps is still fresh; the allowed one makes it
  // stale (soft: served while its successor renders).
  await keptAndCurrent(LONG);
  const allowed = await purge({ ...keys, 'x-pressfront-purge-token': stack.purgeToken });
  expect(allowed.status).toBe(200);
  expect(Number(allowed.purged)).toBeGreaterThanOrEqual(1);
  expect((await get(`${stack.url}${LONG}`)).cache).toBe('stale');
  // Nor may anyone else make the workers render a page now (the app's own warm-up after a change).
  const forcedRender = await fetch(`${stack.url}${LONG}`, { headers: { 'x-pressfront-warm': '1' } });
  expect(forcedRender.status).toBe(403);
  // The app's side: a revalidation the plugin did not sign changes nothing.
  const forged = await fetch(`${stack.url}/api/revalidate/`, {
    method: 'POST',
    body: JSON.stringify({ tags: ['site'] }),
    headers: { 'content-type': 'application/json' },
  });
  expect(forged.status).toBe(401);
});

test('readers get none of the edge’s internals; the operator, with the token from an allowed address, does', async () => {
  await keptAndCurrent(LONG);
  const INTERNAL = [
    'x-backend',
    'x-varnish',
    'via',
    'xkey',
    'surrogate-key',
    'cache-tag',
    'x-pressfront-edge',
  ];
  const reader = await fetch(`${stack.url}${LONG}`);
  expect(INTERNAL.filter((name) => reader.headers.has(name))).toEqual([]);
  expect(reader.headers.get('x-cache')).toBe('hit');
  // A page the edge passes on (an API answer), and its own error page: none either.
  const api = await fetch(`${stack.url}/api/health/`);
  expect(INTERNAL.filter((name) => api.headers.has(name))).toEqual([]);
  const wrongToken = await fetch(`${stack.url}${LONG}`, {
    headers: { 'x-pressfront-purge-token': 'x'.repeat(48) },
  });
  expect(INTERNAL.filter((name) => wrongToken.headers.has(name))).toEqual([]);
  const operator = await fetch(`${stack.url}${LONG}`, {
    headers: { 'x-pressfront-purge-token': stack.purgeToken },
  });
  expect(operator.headers.get('x-backend')).toMatch(/^worker\d$/);
  expect(operator.headers.get('surrogate-key')).toContain('wordpress');
  // The same page, the same copy: the operator's view is not kept apart.
  expect(operator.headers.get('x-cache')).toBe('hit');
});

test('identical searches at once are one render: the edge keeps them briefly and the rest wait for it', async () => {
  const search = `/?s=harbour&coalesce=${Date.now()}`;
  const answers = await Promise.all(Array.from({ length: 8 }, () => get(`${stack.url}${search}`)));
  expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
  expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1);
  // The others were given the copy that one render made (the miss's own id is its copy's).
  const copies = new Set(answers.filter((a) => a.cache === 'hit').map((a) => a.copy));
  expect(copies.size).toBe(1);
  // Kept briefly, never served stale: a flood of searches cannot fill the edge for long.
  const direct = await fetch(`${stack.workers[0]!.url}${search}`);
  expect(direct.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30');
  // A not-found page likewise.
  const missing = `/no-such-page-${Date.now()}/`;
  expect((await get(`${stack.url}${missing}`)).cache).toBe('miss');
  const again = await get(`${stack.url}${missing}`);
  expect([again.status, again.cache]).toEqual([404, 'hit']);
});

test('a flood of what no cache answers: WordPress keeps workers for editors, readers of kept pages never notice', async () => {
  test.setTimeout(120_000);
  for (const page of [LONG, OTHER, '/']) await keptAndCurrent(page);
  const env = wordpressEnv();
  const wordpressUrl = env.WORDPRESS_URL ?? '';
  const editor = await EditorSession.logIn(wordpressUrl, 'admin', adminPassword());
  const saved = await idOf(OTHER);
  const logStart = stack.workers.map((worker) => log(worker).length);
  await wordpressLoad(wordpressUrl, true);

  let flooding = true;
  // One client (its own loopback address: the edge counts it apart from the reader), 32
  // connections, random searches and unknown paths, for 8 seconds at most.
  const attack = flood({
    url: stack.url,
    connections: 32,
    durationMs: 8_000,
    maxRequests: 4_000,
    localAddress: '127.0.0.2',
  }).finally(() => (flooding = false));
  const reader = readPages(stack.url, [LONG, OTHER, '/'], () => !flooding);
  const saves: { ms: number; status: number }[] = [];
  for (let n = 0; n < 3 && flooding; n += 1) {
    saves.push(await editor.savePost(saved, { excerpt: `Saved during the flood (${n}, ${Date.now()})` }));
  }
  const [floodResult, read] = await Promise.all([attack, reader]);
  const load = await wordpressLoad(wordpressUrl);
  console.log(
    `[stack] flood: ${floodResult.sent} requests in ${floodResult.seconds.toFixed(1)} s, by status ${JSON.stringify(floodResult.byStatus)}; ` +
      `WordPress: ${JSON.stringify(load.total)} requests, at most ${JSON.stringify(load.most)} at once; ` +
      `reader: ${read.ms.length} pages, p99 ${quantile(read.ms, 0.99).toFixed(1)} ms, ${JSON.stringify(read.byCache)}; ` +
      `editor saves ${saves.map((save) => `${save.status} in ${save.ms.toFixed(0)} ms`).join(', ')}`,
  );

  // The flood was refused, saying when to come back: searches at the edge (429), what reached a
  // worker beyond the site's bound on WordPress (503).
  expect(Object.keys(floodResult.byStatus).sort()).toEqual(expect.arrayContaining(['429', '503']));
  expect(
    Object.keys(floodResult.byStatus).filter((status) => !['200', '404', '429', '503'].includes(status)),
  ).toEqual([]);
  expect(floodResult.withoutRetryAfter).toBe(0);
  // The frontends never took every PHP worker: never more than the site's bound (3; the local
  // WordPress has more PHP workers than that: backend/wp.sh).
  expect(load.most.frontend ?? 0).toBeLessThanOrEqual(3);
  // The editor saved, every time.
  expect(saves.length).toBeGreaterThan(0);
  expect(saves.map((save) => save.status)).toEqual(saves.map(() => 200));
  // Readers of kept pages got them from the edge, every one: not a 5xx, not a wait on a render.
  expect(read.byStatus).toEqual({ 200: read.ms.length });
  expect(read.notKept).toEqual([]);
  // Nothing the flood caused was logged as an error: shedding is a warning, summed up.
  stack.workers.forEach((worker, i) => {
    const lines = log(worker).slice(logStart[i]).split('\n');
    expect(lines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
    expect(lines.some((line) => line.includes('not sent: WordPress is as busy'))).toBe(true);
  });
});

test('behind a CDN, the edge counts readers by the header the CDN names them in', async () => {
  test.setTimeout(60_000);
  const backends = stack.workers.map((w) => ({ host: '127.0.0.1', port: w.port }));
  const restart = async (edge?: { cdnInFront: boolean; clientHeader: string | null; limits: object }) => {
    await stack.varnish.process.stop();
    stack.varnish = await startVarnish({
      port: stack.varnish.port,
      backends,
      purgeToken: stack.purgeToken,
      dir: path.join(dir, 'varnish'),
      ...(edge ? { edge } : {}),
    });
  };
  await restart({
    cdnInFront: true,
    clientHeader: 'CF-Connecting-IP',
    limits: { search: { hits: 3, seconds: 60 } },
  });
  try {
    const search = (reader: string, n: number) =>
      fetch(`${stack.url}/?s=harbour&cdn-client=${n}`, { headers: { 'CF-Connecting-IP': reader } });
    // All from this machine's one address, as a CDN's requests are: three a reader, then 429.
    const first = [];
    for (let n = 0; n < 4; n += 1) first.push((await search('203.0.113.10', n)).status);
    expect(first).toEqual([200, 200, 200, 429]);
    expect((await search('203.0.113.11', 4)).status).toBe(200);
    // The tags pass on to the CDN, which files pages by them.
    const page = await fetch(`${stack.url}${LONG}`);
    expect(page.headers.get('surrogate-key')).toContain('wordpress');
    expect(page.headers.has('x-backend')).toBe(false);
  } finally {
    // Back as the stack was: each test finds it whole.
    await restart();
  }
});

test('a worker killed under load: no reader sees an error', async () => {
  test.setTimeout(60_000);
  const [victim, survivor] = stack.workers as [Worker, Worker];
  let failures = 0;
  let served = 0;
  const reasons: string[] = [];
  const until = Date.now() + 4_000;
  // Twelve readers asking for pages the edge has not kept, so every request reaches a worker.
  const readers = Array.from({ length: 12 }, async (_, r) => {
    for (let n = 0; Date.now() < until; n += 1) {
      const answer = await get(`${stack.url}${OTHER}?reader=${r}&n=${n}`).catch((error: unknown) =>
        String(error),
      );
      if (typeof answer !== 'string' && answer.status === 200) served += 1;
      else {
        failures += 1;
        reasons.push(typeof answer === 'string' ? answer : `${answer.status} from ${answer.backend}`);
      }
    }
  });
  try {
    // Under load: every reader has had an answer before the worker goes.
    await expect.poll(() => served + failures, { timeout: 3_000 }).toBeGreaterThanOrEqual(12);
    await victim.process.kill();
    await Promise.all(readers);
  } finally {
    // Back whatever happened, as npm run serve would start it again: each test finds the stack whole.
    await Promise.all(readers);
    stack.workers[0] = await startWorker({
      port: victim.port,
      env: stack.workerEnv,
      logDir: path.join(dir, 'workers'),
    });
  }
  console.log(`[stack] worker killed under load: ${served} served, ${failures} failed`);
  expect(reasons, `${failures} failed`).toEqual([]);
  expect(served).toBeGreaterThan(20);
  expect(survivor.port).not.toBe(victim.port);
});

test('Redis stopped: the workers serve from their own memory, say so once, and share again when it returns', async () => {
  test.setTimeout(60_000);
  await stack.redis.process.stop();
  try {
    for (const worker of stack.workers) {
      for (let n = 0; n < 3; n += 1) {
        expect((await get(`${worker.url}${OTHER}?redis-down=${n}`)).status).toBe(200);
      }
    }
    for (const worker of stack.workers) {
      const lines = log(worker)
        .split('\n')
        .filter((line) => line.includes('"source":"shared-cache"') && line.includes('"unreachable"'));
      expect(lines, `worker on ${worker.port}`).toHaveLength(1);
    }
  } finally {
    // Back whatever happened: each test finds the stack whole.
    stack.redis = await startRedis({ port: stack.redis.port, dir: path.join(dir, 'redis') });
  }
  for (const worker of stack.workers) {
    await expect.poll(() => log(worker).includes('"event":"back"'), { timeout: 10_000 }).toBe(true);
  }
  // Shared again: a change reaches both workers and the edge.
  const title = `Dredging plan, after the cache came back (${Date.now()})`;
  await wpAdmin('POST', `/wp/v2/posts/${await idOf(OTHER)}`, { title });
  for (const url of [stack.url, ...stack.workers.map((w) => w.url)]) {
    await expect
      .poll(async () => (await get(`${url}${OTHER}`)).text.includes(title), { timeout: 5_000 })
      .toBe(true);
  }
});

test('a rate limit is the site’s: limiters in two workers share one count in Redis', async () => {
  // Two processes' limiters (each its own client, as each worker has), one Redis: the sixth comment
  // in a minute is refused whichever worker takes it — per process, it would take ten.
  const clients = [createClient({ url: stack.redis.url }), createClient({ url: stack.redis.url })];
  try {
    await Promise.all(clients.map((client) => client.connect()));
    const rule = { name: `e2e-${Date.now()}`, limit: 5, windowMs: 60_000, countRefused: false };
    const [first, second] = clients.map(
      (client) =>
        new RateLimit(rule, () => new SharedState(async () => client as unknown as SharedStateClient)),
    ) as [RateLimit, RateLimit];
    const now = Date.now();
    const waits = [];
    for (let i = 0; i < 6; i++) waits.push(await (i % 2 ? second : first).hit('203.0.113.9', now + i));
    expect(waits).toEqual([0, 0, 0, 0, 0, 60]);
    // Another reader is not held up by the first; nothing was counted in either process's memory.
    expect(await first.hit('198.51.100.4', now + 6)).toBe(0);
    expect([first.localKeys, second.localKeys]).toEqual([0, 0]);
    // A minute after the first comment, either worker takes the next one.
    expect(await second.hit('203.0.113.9', now + 60_001)).toBe(0);
  } finally {
    await Promise.all(clients.map((client) => client.destroy()));
  }
});

test('WordPress stopped: pages seen before come from the edge, a page never seen is the themed 503, then it recovers', async () => {
  test.setTimeout(90_000);
  await keptAndCurrent(LONG);
  wpScript('down');
  try {
    const seen = await get(`${stack.url}${LONG}`);
    expect(seen.status).toBe(200);
    const unseen = await fetch(`${stack.url}/never-seen-before/?at=${Date.now()}`);
    expect(unseen.status).toBe(503);
    expect(unseen.headers.get('retry-after')).toBeTruthy();
    expect(await unseen.text()).toContain('We can’t show this page right now');
  } finally {
    wpScript('up');
  }
  await expect
    .poll(async () => (await get(`${stack.url}/?recovered=${Date.now()}`)).status, { timeout: 20_000 })
    .toBe(200);
});

test('two groups of workers (two hosts) share one Redis behind one Varnish', async () => {
  test.setTimeout(90_000);
  // The second host's workers: the same build and environment, the same Redis, purging the same
  // edge — and, as on a new host, no change-log position of their own.
  for (const name of ['worker3', 'worker4'] as const) {
    const seqFile = `change-seq-${e2ePorts.stack(name)}.json`;
    rmSync(path.join(__dirname, '..', '.next', 'cache', 'pressfront', seqFile), { force: true });
  }
  const group = await Promise.all(
    ['worker3', 'worker4'].map((name) =>
      startWorker({
        port: e2ePorts.stack(name as 'worker3' | 'worker4'),
        env: workerEnv({
          env: { ...wordpressEnv(), PRESSFRONT_THEME: '' },
          redisUrl: stack.redis.url,
          edgeUrls: [stack.url],
          purgeToken: stack.purgeToken,
          edgeSeconds: 3600,
        }),
        logDir: path.join(dir, 'workers'),
      }),
    ),
  );
  try {
    await stack.varnish.process.stop();
    stack.varnish = await startVarnish({
      port: stack.varnish.port,
      backends: [...stack.workers, ...group].map((w) => ({ host: '127.0.0.1', port: w.port })),
      purgeToken: stack.purgeToken,
      dir: path.join(dir, 'varnish'),
    });
    const backends = new Set<string | null>();
    // 60 random draws leave one of four out once in 10⁷.
    for (let i = 0; i < 60; i += 1) backends.add((await get(`${stack.url}/api/health/?n=${i}`)).backend);
    expect(backends.size).toBe(4);
    const title = `Tidal pact, told to every host (${Date.now()})`;
    await get(`${stack.url}${LONG}`);
    await wpAdmin('POST', `/wp/v2/posts/${await idOf(LONG)}`, { title });
    for (const url of [stack.url, ...stack.workers.map((w) => w.url), ...group.map((w) => w.url)]) {
      await expect
        .poll(async () => (await get(`${url}${LONG}`)).text.includes(title), { timeout: 2_000 })
        .toBe(true);
    }
    // New to the site, the second host's workers caught up from the position the shared cache is
    // at (in Redis), not from nothing: expiring everything would have emptied the shared cache
    // and purged every page at the edge.
    for (const worker of group) {
      expect(log(worker)).toMatch(/"source":"change-feed","reason":"start-up","seq":\d+/);
      expect(log(worker)).not.toContain('everything expired');
    }
  } finally {
    await Promise.all(group.map((w) => w.process.stop()));
  }
});
