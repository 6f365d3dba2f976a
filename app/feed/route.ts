import { buildRss } from '@/server/rss-and-sitemaps/rss';
import { xmlResponse } from '@/server/routing/xml-response';
import { getPublicOrigin } from '@/server/seo/origin';
import { getFeedPosts, getSite } from '@/lib/wordpress';

/** The site's RSS 2.0 feed: the latest posts with full bodies. */
export async function GET() {
  return xmlResponse('application/rss+xml', async () => {
    const [site, posts, origin] = await Promise.all([getSite(), getFeedPosts({}), getPublicOrigin()]);
    const channel = {
      title: site.name,
      link: `${origin}/`,
      self: `${origin}/feed/`,
      description: site.description,
    };
    return buildRss(site, origin, channel, posts);
  });
}
