import { getConfig } from '@/lib/config';
import { log } from '@/lib/log';
import { getPageById, getPostById, type Post } from '@/lib/wordpress';
import { PURGE_TOKEN_HEADER } from '../edge/purge';
import { serveThroughCache } from '../page-cache/serve-cached-page';

// No reader waits on a render after a publication: right after a change has been expired (and the
// edge soft-purged, so its readers keep getting the page they had meanwhile), the pages it affects
// are asked for again — the changed posts and pages, the home page, and the first page of each
// archive a changed post is listed in — so they are made before a reader asks. Through the edge
// when there is one (asked with the purge token to render now, in place of the soft-purged copy its
// readers keep getting meanwhile: deploy/varnish/pressfront.vcl), else into this server's page cache.

/** At most this many pages per change: a change to everything is left to the readers. */
const MAX_PAGES = 24;

const idsOf = (tags: string[], prefix: 'post:' | 'page:' | 'comments:') =>
  tags
    .flatMap((tag) => (tag.startsWith(prefix) ? [Number(tag.slice(prefix.length))] : []))
    .filter((id) => Number.isSafeInteger(id) && id > 0);

/** The post's own page and the first page of every archive it is listed in. */
const postPages = (post: Post) => [
  post.path,
  ...post.categories.map((term) => term.path),
  ...post.tags.map((term) => term.path),
  ...post.taxonomyTerms.flatMap((group) => group.terms.map((term) => term.path)),
  ...(post.author ? [post.author.path] : []),
];

/**
 * The paths a change to these tags shows on, as WordPress now has them (read after the expiry: a
 * post moved to another category is warmed where it now is). A post or page that cannot be read
 * (deleted, made private) has no page to warm.
 */
export async function pagesAffectedBy(tags: string[]): Promise<string[]> {
  const posts = await Promise.all(idsOf(tags, 'post:').map((id) => getPostById(id).catch(() => null)));
  // A comment shows on its post alone.
  const discussed = await Promise.all(
    idsOf(tags, 'comments:').map((id) =>
      getPostById(id).then(
        (post) => post.path,
        () => null,
      ),
    ),
  );
  const pages = await Promise.all(idsOf(tags, 'page:').map((id) => getPageById(id).catch(() => null)));
  const touched = posts.some(Boolean) || pages.some(Boolean) || tags.includes('posts');
  // What changed first, then the home page (the most read), then the archives.
  const paths = [
    ...posts.flatMap((post) => (post ? [post.path] : [])),
    ...pages.flatMap((page) => (page ? [page.path] : [])),
    ...discussed.flatMap((path) => (path ? [path] : [])),
    ...(touched ? ['/'] : []),
    ...posts.flatMap((post) => (post ? postPages(post).slice(1) : [])),
  ];
  return [...new Set(paths)].filter((path) => path.startsWith('/')).slice(0, MAX_PAGES);
}

/** Asks for each page again at the site's address (`origin`): at every edge, or into the page cache. */
export async function warmPages(paths: string[], origin: string): Promise<void> {
  if (paths.length === 0) return;
  const config = getConfig();
  const { host, protocol } = new URL(origin);
  const started = Date.now();
  const documents = config.readerPages === 'documents';
  const asked = async (url: string, init: RequestInit) => {
    const answer = await fetch(url, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(config.timeoutMs * 2),
    });
    await answer.arrayBuffer();
    return answer.status;
  };
  const failures: string[] = [];
  const statuses: (number | null)[] = [];
  if (config.edge.seconds > 0 && config.edge.purgeUrls.length > 0) {
    // Rendered now, in place of the soft-purged copy (deploy/varnish/pressfront.vcl), for the edge
    // that checks the purge token; answered once the new page is kept.
    const headers = {
      host,
      'x-forwarded-proto': protocol.replace(':', ''),
      'x-pressfront-warm': '1',
      [PURGE_TOKEN_HEADER]: config.edge.purgeToken ?? '',
    };
    const urls = config.edge.purgeUrls.flatMap((edge) => paths.map((path) => `${edge}${path}`));
    // Two at a time, in order (the home page first): the renders share the workers with readers.
    let next = 0;
    const worker = async () => {
      while (next < urls.length) {
        const url = urls[next++] as string;
        statuses.push(
          await asked(url, { headers }).catch((error: unknown) => {
            failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
            return null;
          }),
        );
      }
    };
    await Promise.all([worker(), worker()]);
  } else if (config.pageCacheSeconds > 0) {
    // One at a time: the renders share this server with its readers.
    for (const path of paths) {
      const request = new Request(`${origin}${path}`, {
        headers: { 'x-forwarded-host': host, 'x-forwarded-proto': protocol.replace(':', '') },
      });
      const answer = await serveThroughCache(request, path, config.pageCacheSeconds * 1000, {
        documents,
      }).catch(() => null);
      await answer?.arrayBuffer();
      statuses.push(answer?.status ?? null);
    }
  } else {
    return;
  }
  const failed = statuses.filter((status) => status === null || status >= 500).length;
  log(failed > 0 ? 'warn' : 'info', 'warm-pages', {
    pages: paths.length,
    asked: statuses.length,
    failed,
    ...(failures.length > 0 ? { failures: failures.slice(0, 5) } : {}),
    ms: Date.now() - started,
  });
}
