import { buildSitemapIndex } from '@/server/rss-and-sitemaps/sitemap-xml';
import { xmlResponse } from '@/server/routing/xml-response';
import { getPublicOrigin } from '@/server/seo/origin';
import { countSitemapObjects, getSitemapSources, SITEMAP_SIZE } from '@/lib/wordpress';

/**
 * The sitemap index: one file per collection and per 1,000 URLs (posts-1.xml, posts-2.xml, …,
 * type-event-1.xml for a plugin's post type).
 */
export async function GET() {
  return xmlResponse('application/xml', async () => {
    const [origin, sources] = await Promise.all([getPublicOrigin(), getSitemapSources()]);
    const counts = await Promise.all(
      sources.map(async (source) => [source.name, await countSitemapObjects(source)] as const),
    );
    const files = counts.flatMap(([name, count]) =>
      Array.from({ length: Math.ceil(count / SITEMAP_SIZE) }, (_, i) => ({
        url: `${origin}/sitemaps/${name}-${i + 1}.xml`,
      })),
    );
    return buildSitemapIndex(files);
  });
}
