import { buildUrlSet } from '@/server/rss-and-sitemaps/sitemap-xml';
import { xmlResponse } from '@/server/routing/xml-response';
import { getPublicOrigin } from '@/server/seo/origin';
import { getSitemapEntries, getSitemapSources, NotFoundError } from '@/lib/wordpress';

interface Context {
  params: Promise<{ file: string }>;
}

/** One sitemap file from the index, e.g. /sitemaps/posts-1.xml or /sitemaps/type-event-1.xml. */
export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  return xmlResponse('application/xml', async () => {
    const match = /^([a-z0-9_-]{1,50})-([1-9]\d{0,4})\.xml$/.exec(file);
    const source = match && (await getSitemapSources()).find((s) => s.name === match[1]);
    if (!match || !source) throw new NotFoundError(`sitemap ${file}`);
    const [entries, origin] = await Promise.all([
      getSitemapEntries(source, Number(match[2])),
      getPublicOrigin(),
    ]);
    if (entries.length === 0) throw new NotFoundError(`sitemap ${file}`);
    return buildUrlSet(origin, entries);
  });
}
