import { buildSitemapIndex } from '@/server/rss-and-sitemaps/sitemap-xml';
import { xmlResponse } from '@/server/routing/xml-response';
import { getPublicOrigin } from '@/server/seo/origin';
import { countSitemapObjects, SITEMAP_SIZE, sitemapKinds } from '@/lib/wordpress';

/** The sitemap index: one file per kind and per 1,000 URLs (posts-1.xml, posts-2.xml, …). */
export async function GET() {
  return xmlResponse('application/xml', async () => {
    const [origin, counts] = await Promise.all([
      getPublicOrigin(),
      Promise.all(sitemapKinds.map(async (kind) => [kind, await countSitemapObjects(kind)] as const)),
    ]);
    const files = counts.flatMap(([kind, count]) =>
      Array.from({ length: Math.ceil(count / SITEMAP_SIZE) }, (_, i) => ({
        url: `${origin}/sitemaps/${kind}-${i + 1}.xml`,
      })),
    );
    return buildSitemapIndex(files);
  });
}
