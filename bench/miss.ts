// A miss side by side: what a post nobody has asked for yet costs Pressfront, against WordPress
// rendering the same URL itself. Both ask the same PHP (nginx + php-fpm on the local WordPress's
// files and database): Pressfront for REST, through a counting proxy; WordPress for its own page,
// with a stock theme. Pressfront runs warm (site-wide reads cached, as on a running site) and
// keeps no rendered pages, so each post is a render; the two are asked in turns, one post at a time.
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { startCountingProxy } from './support/counting-proxy';
import { startNext } from './support/next-server';
import { benchPorts } from './support/ports';

const ROOT = path.join(__dirname, '..');
const SERVERS = path.join(__dirname, 'servers', 'php-and-nginx.sh');
const LONG_FORM = '/harbour-towns-sign-tidal-power-pact/';

export interface Timing {
  /** Time to the response's headers. */
  ttfbMs: number;
  /** Time to the whole page. */
  pageMs: number;
}

export interface MissFigures {
  posts: number;
  pressfront: { ttfbMedianMs: number; pageMedianMs: number; ttfbP90Ms: number };
  wordpress: { ttfbMedianMs: number; pageMedianMs: number; ttfbP90Ms: number };
  /**
   * The same posts asked again: every read now in the data cache, no page kept — Next's render
   * alone, the part of a miss that is not WordPress's. And the long-form post (figures, comments).
   */
  renderOnly: { ttfbMedianMs: number; pageMedianMs: number; ttfbP90Ms: number };
  longFormRenderOnly: { ttfbMedianMs: number; pageMedianMs: number; ttfbP90Ms: number };
  /** WordPress's part of a miss: its REST answers' time as the proxy saw them, median per miss. */
  restMedianMs: number;
  /** REST requests per miss: median and most. */
  requestsMedian: number;
  requestsMax: number;
  /** What the first miss asked WordPress, in order. */
  firstRoutes: string[];
}

async function timed(url: string): Promise<Timing & { status: number }> {
  const started = performance.now();
  const response = await fetch(url, { redirect: 'manual' });
  const ttfbMs = performance.now() - started;
  await response.arrayBuffer();
  return { status: response.status, ttfbMs, pageMs: performance.now() - started };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
};

export async function benchMiss(count = Number(process.env.BENCH_MISS_POSTS ?? '20')): Promise<MissFigures> {
  const wordpressUrl = process.env.WORDPRESS_URL;
  if (!wordpressUrl) throw new Error('WORDPRESS_URL is not set: run through `npm run bench`');
  const php = `http://127.0.0.1:${benchPorts.wordpressNginx}`;
  const emptyDir = path.join(ROOT, '.pressfront', 'bench', 'empty');
  await mkdir(emptyDir, { recursive: true });
  execFileSync(
    'bash',
    [SERVERS, 'up', String(benchPorts.wordpressNginx), String(benchPorts.staticNginx), emptyDir],
    {
      stdio: 'inherit',
    },
  );
  const proxy = await startCountingProxy(php);
  await rm(path.join(ROOT, '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
  const next = await startNext(benchPorts.next, {
    WORDPRESS_URL: proxy.url,
    WORDPRESS_HOME_URL: wordpressUrl,
    PRESSFRONT_PAGE_CACHE_SECONDS: '0',
  });
  try {
    const listed = (await (
      await fetch(`${wordpressUrl}/wp-json/wp/v2/posts?per_page=${count + 1}&_fields=link`)
    ).json()) as { link: string }[];
    const paths = listed.map(({ link }) => new URL(link).pathname);
    const [warmUp, ...misses] = paths;
    if (!warmUp || misses.length === 0)
      throw new Error('no posts to ask for: is the local WordPress seeded?');
    // Warm: the site-wide reads in Pressfront's data cache, PHP's opcache on both sides.
    for (const base of [next.url, php]) {
      for (const warm of ['/about/', warmUp]) {
        const answer = await timed(`${base}${warm}`);
        if (answer.status !== 200)
          throw new Error(`${base}${warm} answered ${answer.status} while warming up`);
      }
    }

    const ours: Timing[] = [];
    const theirs: Timing[] = [];
    const requests: number[] = [];
    const restMs: number[] = [];
    let firstRoutes: string[] = [];
    for (const [i, missPath] of misses.entries()) {
      const askOurs = async () => {
        proxy.reset();
        const answer = await timed(`${next.url}${missPath}`);
        if (answer.status !== 200) throw new Error(`Pressfront answered ${missPath} with ${answer.status}`);
        ours.push(answer);
        requests.push(proxy.seen.length);
        restMs.push(proxy.upstreamMs());
        if (i === 0) firstRoutes = [...proxy.seen];
      };
      const askTheirs = async () => {
        const answer = await timed(`${php}${missPath}`);
        if (answer.status !== 200) throw new Error(`WordPress answered ${missPath} with ${answer.status}`);
        theirs.push(answer);
      };
      // In turns, so that neither always goes first after the other's work.
      if (i % 2 === 0) {
        await askOurs();
        await askTheirs();
      } else {
        await askTheirs();
        await askOurs();
      }
    }
    const renders: Timing[] = [];
    for (const missPath of misses) renders.push(await timed(`${next.url}${missPath}`));
    const longForm: Timing[] = [];
    for (let i = 0; i < 21; i++) {
      const answer = await timed(`${next.url}${LONG_FORM}`);
      if (answer.status !== 200) throw new Error(`Pressfront answered ${LONG_FORM} with ${answer.status}`);
      if (i > 0) longForm.push(answer); // the first one reads WordPress
    }
    const figures = (timings: Timing[]) => ({
      ttfbMedianMs: quantile(
        timings.map((t) => t.ttfbMs),
        0.5,
      ),
      pageMedianMs: quantile(
        timings.map((t) => t.pageMs),
        0.5,
      ),
      ttfbP90Ms: quantile(
        timings.map((t) => t.ttfbMs),
        0.9,
      ),
    });
    return {
      posts: misses.length,
      pressfront: figures(ours),
      wordpress: figures(theirs),
      renderOnly: figures(renders),
      longFormRenderOnly: figures(longForm),
      restMedianMs: quantile(restMs, 0.5),
      requestsMedian: quantile(requests, 0.5),
      requestsMax: Math.max(...requests),
      firstRoutes,
    };
  } finally {
    await next.stop();
    proxy.close();
    execFileSync('bash', [SERVERS, 'down'], { stdio: 'inherit' });
  }
}
