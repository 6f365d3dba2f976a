import { buildRss } from '@/server/rss-and-sitemaps/rss';
import { xmlResponse } from '@/server/routing/xml-response';
import { getPublicOrigin } from '@/server/seo/origin';
import { getFeedPosts, getSite, getTermByPath, NotFoundError } from '@/lib/wordpress';

interface Context {
  params: Promise<{ taxonomy: string; path: string[] }>;
}

/** A category's or tag's feed, reached as /category/{path}/feed/ or /tag/{slug}/feed/ (see next.config.js). */
export async function GET(_request: Request, { params }: Context) {
  const { taxonomy, path } = await params;
  return xmlResponse('application/rss+xml', async () => {
    if (taxonomy !== 'category' && taxonomy !== 'tag') throw new NotFoundError(`feed ${taxonomy}`);
    const archivePath = `/${taxonomy}/${path.join('/')}/`;
    const term = await getTermByPath(taxonomy === 'category' ? 'category' : 'post_tag', archivePath);
    const [site, posts, origin] = await Promise.all([
      getSite(),
      getFeedPosts(taxonomy === 'category' ? { categories: term.id } : { tags: term.id }),
      getPublicOrigin(),
    ]);
    const channel = {
      title: `${site.name} – ${term.name}`,
      link: `${origin}${term.path}`,
      self: `${origin}${term.path}feed/`,
      description: term.description || site.description,
    };
    return buildRss(site, origin, channel, posts);
  });
}
