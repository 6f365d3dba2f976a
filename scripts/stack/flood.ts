import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';

// Hostile traffic for the stack's e2e test and bench (e2e/stack.spec.ts, bench/stack.ts): one
// client asking for what no cache can answer — random searches and unknown paths — on many
// connections, bounded in count and time, and only ever to this machine. Beside it, a reader of
// pages the edge keeps and an editor saving a post in wp-admin, each timed.

export interface FloodOptions {
  /** The edge's address: loopback only. */
  url: string;
  connections: number;
  durationMs: number;
  maxRequests: number;
  /** The client's own address (127.0.0.0/8 is all loopback): the edge limits it apart from others. */
  localAddress: string;
}

export interface FloodResult {
  sent: number;
  /** Answers by status (0: the connection failed). */
  byStatus: Record<number, number>;
  /** 429s and 503s that did not say when to come back. */
  withoutRetryAfter: number;
  seconds: number;
}

function loopbackOnly(url: string): URL {
  const parsed = new URL(url);
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(parsed.hostname))
    throw new Error(`a flood goes to this machine only, not ${parsed.hostname}`);
  return parsed;
}

/** A path no cache has: a search for random words, or a page that does not exist. */
export function uncacheablePath(n: number): string {
  const word = () => randomBytes(4).toString('hex');
  return n % 2 === 0 ? `/?s=${word()}+${word()}` : `/no-such-page-${word()}/`;
}

export async function flood(options: FloodOptions): Promise<FloodResult> {
  const target = loopbackOnly(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const result: FloodResult = { sent: 0, byStatus: {}, withoutRetryAfter: 0, seconds: 0 };
  const started = Date.now();
  const ask = (path: string) =>
    new Promise<void>((resolve) => {
      const asked = request(
        { host: target.hostname, port: target.port, path, agent, localAddress: options.localAddress },
        (response) => {
          const status = response.statusCode ?? 0;
          result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
          if ((status === 429 || status === 503) && !response.headers['retry-after'])
            result.withoutRetryAfter += 1;
          response.resume();
          response.on('end', resolve);
          response.on('error', () => resolve());
        },
      );
      asked.on('error', () => {
        result.byStatus[0] = (result.byStatus[0] ?? 0) + 1;
        resolve();
      });
      asked.end();
    });
  const connection = async () => {
    while (Date.now() - started < options.durationMs && result.sent < options.maxRequests) {
      result.sent += 1;
      await ask(uncacheablePath(result.sent));
    }
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  agent.destroy();
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

export interface TimedAnswers {
  /** Milliseconds each answer took, in order. */
  ms: number[];
  byStatus: Record<number, number>;
  /** The edge's x-cache of each answer (hit, stale, miss), counted. */
  byCache: Record<string, number>;
  /** The first few answers that were not a kept copy: page, status, x-cache, when (ms from the start). */
  notKept: string[];
}

/** Asks for `pages` in turn, one at a time, until `stop()` says so: a reader of kept pages. */
export async function readPages(url: string, pages: string[], stop: () => boolean): Promise<TimedAnswers> {
  const answers: TimedAnswers = { ms: [], byStatus: {}, byCache: {}, notKept: [] };
  const began = performance.now();
  for (let i = 0; !stop(); i += 1) {
    const started = performance.now();
    const page = pages[i % pages.length] ?? '/';
    const response = await fetch(`${url}${page}`);
    await response.arrayBuffer();
    answers.ms.push(performance.now() - started);
    answers.byStatus[response.status] = (answers.byStatus[response.status] ?? 0) + 1;
    const cache = response.headers.get('x-cache') ?? 'none';
    answers.byCache[cache] = (answers.byCache[cache] ?? 0) + 1;
    if ((cache !== 'hit' && cache !== 'stale') || response.status !== 200) {
      if (answers.notKept.length < 10)
        answers.notKept.push(
          `${page} ${response.status} ${cache} at ${(started - began).toFixed(0)} ms, in ${(performance.now() - started).toFixed(0)} ms`,
        );
    }
  }
  return answers;
}

/** The `q` quantile (0–1) of `values`, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * An editor in wp-admin, as the block editor talks to WordPress: logged in with wp-login.php's
 * cookies, saving through the REST API with the nonce wp-admin hands out.
 */
export class EditorSession {
  private constructor(
    private readonly wordpressUrl: string,
    private readonly cookie: string,
    private readonly nonce: string,
  ) {}

  static async logIn(wordpressUrl: string, user: string, password: string): Promise<EditorSession> {
    const test = 'wordpress_test_cookie=WP%20Cookie%20check';
    const login = await fetch(`${wordpressUrl}/wp-login.php`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: test },
      body: new URLSearchParams({ log: user, pwd: password, testcookie: '1', rememberme: 'forever' }),
      redirect: 'manual',
    });
    const cookies = login.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .filter((pair) => pair.startsWith('wordpress_'));
    if (!cookies.some((pair) => pair.startsWith('wordpress_logged_in_')))
      throw new Error(`wp-login.php did not log ${user} in (${login.status})`);
    const cookie = [test, ...cookies].join('; ');
    // What wp-admin's scripts ask for when their nonce has expired: a fresh one for this session.
    const nonce = await fetch(`${wordpressUrl}/wp-admin/admin-ajax.php?action=rest-nonce`, {
      headers: { cookie },
    });
    const text = (await nonce.text()).trim();
    if (!nonce.ok || !/^[a-f0-9]{10}$/.test(text))
      throw new Error(`no REST nonce for ${user} (${nonce.status})`);
    return new EditorSession(wordpressUrl, cookie, text);
  }

  /** Saves `fields` into post `id` as the block editor does: the milliseconds it took and the status. */
  async savePost(id: number, fields: Record<string, unknown>): Promise<{ ms: number; status: number }> {
    const started = performance.now();
    const response = await fetch(`${this.wordpressUrl}/wp-json/wp/v2/posts/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-wp-nonce': this.nonce },
      body: JSON.stringify(fields),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  }
}

/** The local WordPress's count of its busy PHP workers (backend/php/load-meter.php). */
export interface WordPressLoad {
  active: Record<string, number>;
  most: Record<string, number>;
  total: Record<string, number>;
}

/** Reads the local WordPress's load meter; `reset` starts its most-at-once and totals again. */
export async function wordpressLoad(wordpressUrl: string, reset = false): Promise<WordPressLoad> {
  const response = await fetch(`${wordpressUrl}/__pressfront/load${reset ? '?reset=1' : ''}`);
  if (!response.ok) throw new Error(`the load meter answered ${response.status}`);
  const counts = (await response.json()) as Partial<WordPressLoad>;
  return { active: counts.active ?? {}, most: counts.most ?? {}, total: counts.total ?? {} };
}
