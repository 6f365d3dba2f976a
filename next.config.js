// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // WordPress permalinks end in a slash; ours match them so every URL a site had keeps working.
  trailingSlash: true,
  poweredByHeader: false,
  // The proxy (proxy.ts) must tell a browser's request for a page from a client-side navigation's
  // request for its React payload: by default Next hides the RSC headers and the _rsc parameter
  // from it, and a payload request would be answered with (or kept as) the page's HTML.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // Metadata in <head> for every reader, not only the crawlers Next knows by name: a page is
  // rendered once and kept (the page cache, Varnish, a CDN) for whoever asks next, so a copy
  // rendered for a browser with its metadata streamed into <body> would be served to a search
  // engine or a link preview that reads <head> only. Ours comes from the reads the page makes
  // anyway (cached per render): waiting for it costs nothing measurable.
  htmlLimitedBots: /.*/,
  // Next's own data cache on disk, plus a record of every tag revalidation that outlives a restart
  // (Next keeps those in memory only): an editor's change is never undone by restarting the site.
  cacheHandler: require.resolve('./server/cache-handlers/data-cache-handler.cjs'),
  // With Redis (npm run serve) every read goes to the shared store: a per-worker copy in front of
  // it would keep serving what another worker's revalidation removed. (The handler keeps its own
  // fallback copy for when Redis is down.)
  ...(process.env.PRESSFRONT_REDIS_URL ? { cacheMaxMemorySize: 0 } : {}),
  // Pressfront renders WordPress's own resized variants (srcset) with plain <img>: the host is
  // known only at run time, so the build must not depend on it.
  images: { unoptimized: true },
  // `npm test` type-checks the whole project (tsc) before the e2e build: the build need not again.
  typescript: { ignoreBuildErrors: process.env.PRESSFRONT_TYPECHECKED === '1' },
  // WordPress answers its feeds in other formats and its own core sitemap at addresses readers'
  // feed apps and search consoles already know: they lead to ours instead of a 404.
  async redirects() {
    const format = ':format(rss2|rss|rdf|atom)';
    return [
      { source: '/wp-sitemap.xml', destination: '/sitemap.xml', permanent: true },
      { source: `/feed/${format}/`, destination: '/feed/', permanent: true },
      { source: `/:path+/feed/${format}/`, destination: '/:path+/feed/', permanent: true },
    ];
  },
  async rewrites() {
    return {
      // WordPress's archive feeds live under the archive's own path (a category's, a tag's, a post
      // type's, a term's); the archive pages are catch-all routes, so these are sent to the feed
      // handler before the pages see them. It answers 404 for what is no archive.
      beforeFiles: [{ source: '/:path+/feed/', destination: '/feeds/:path+/' }],
    };
  },
};

module.exports = nextConfig;
