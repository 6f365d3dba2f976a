import { loadArchiveFeed } from '@/server/rss-and-sitemaps/archive-feed';
import { buildRss } from '@/server/rss-and-sitemaps/rss';
import { xmlResponse } from '@/server/routing/xml-response';
import { getPublicOrigin } from '@/server/seo/origin';
import { getSite } from '@/lib/wordpress';

interface Context {
  params: Promise<{ path: string[] }>;
}

/** An archive's feed, reached as {archive path}/feed/ (see next.config.js): a category's, a tag's, a post type's, a term's. */
export async function GET(_request: Request, { params }: Context) {
  const { path } = await params;
  return xmlResponse('application/rss+xml', async () => {
    const [feed, site, origin] = await Promise.all([
      loadArchiveFeed(`/${path.join('/')}/`),
      getSite(),
      getPublicOrigin(),
    ]);
    const channel = {
      title: `${site.name} – ${feed.name}`,
      link: `${origin}${feed.path}`,
      self: `${origin}${feed.path}feed/`,
      description: feed.description || site.description,
    };
    return buildRss(site, origin, channel, feed.posts);
  });
}
