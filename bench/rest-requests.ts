// How many WordPress REST requests each page type costs when nothing is cached: a counting proxy
// sits between a fresh `next start` and the local WordPress; the server restarts (empty caches)
// for every page type. A second set of rows asks for a page the server has never rendered after
// another page warmed the site-wide reads (name, settings, menus): the cost of one new story on a
// running site. Needs a production build and the local WordPress (npm run bench sees to both).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startCountingProxy } from './support/counting-proxy';
import { startNext } from './support/next-server';
import { benchPorts } from './support/ports';

interface PageType {
  path: string;
  /** Asked for first, not counted: the site-wide reads are cached, the page's own are not. */
  after?: string;
}

export const pageTypes: Record<string, PageType> = {
  'front page': { path: '/' },
  'front page, page 2': { path: '/page/2/' },
  'single post (long form)': { path: '/harbour-towns-sign-tidal-power-pact/' },
  'page (nested)': { path: '/about/masthead/' },
  'category archive': { path: '/category/science/climate/' },
  'tag archive': { path: '/tag/energy/' },
  'author archive': { path: '/author/marta-quinn/' },
  'date archive': { path: '/2026/11/' },
  search: { path: '/?s=harbour' },
  '404': { path: '/no-such-story/' },
  feed: { path: '/feed/' },
  'sitemap index': { path: '/sitemap.xml' },
  'new post, site warm': { path: '/popcorn-economics/', after: '/about/' },
  'front page, site warm': { path: '/', after: '/about/' },
  'category archive, site warm': { path: '/category/news/', after: '/about/' },
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

export async function benchRestRequests(): Promise<RequestCost[]> {
  const target = process.env.WORDPRESS_URL;
  if (!target) throw new Error('WORDPRESS_URL is not set: run through `npm run bench`');
  const proxy = await startCountingProxy(target);
  const port = benchPorts.next;
  const costs: RequestCost[] = [];
  try {
    for (const [page, { path: pagePath, after }] of Object.entries(pageTypes)) {
      await rm(path.join(process.cwd(), '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
      // WordPress's links still name its own address: the proxy is only the way there. Rendered
      // pages are not kept in memory: each request here is a render.
      const server = await startNext(port, {
        WORDPRESS_URL: proxy.url,
        WORDPRESS_HOME_URL: target,
        PRESSFRONT_PAGE_CACHE_SECONDS: '0',
      });
      try {
        if (after) await fetch(`${server.url}${after}`).then((r) => r.arrayBuffer());
        proxy.reset();
        const started = performance.now();
        const response = await fetch(`${server.url}${pagePath}`, { redirect: 'manual' });
        const ttfbMs = Math.round(performance.now() - started);
        await response.arrayBuffer();
        costs.push({
          page,
          path: pagePath,
          status: response.status,
          requests: proxy.seen.length,
          restBytes: proxy.bytes(),
          ttfbMs,
          routes: [...proxy.seen],
        });
      } finally {
        await server.stop();
      }
    }
  } finally {
    proxy.close();
  }
  return costs;
}
