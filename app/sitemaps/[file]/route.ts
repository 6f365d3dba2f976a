import { buildUrlSet } from '@/server/rss-and-sitemaps/sitemap-xml';
import { xmlResponse } from '@/server/routing/xml-response';
import { getPublicOrigin } from '@/server/seo/origin';
import { getSitemapEntries, NotFoundError, type SitemapKind, sitemapKinds } from '@/lib/wordpress';

interface Context {
  params: Promise<{ file: string }>;
}

/** One sitemap file from the index, e.g. /sitemaps/posts-1.xml. */
export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  return xmlResponse('application/xml', async () => {
    const match = /^([a-z]+)-([1-9]\d{0,4})\.xml$/.exec(file);
    const kind = match?.[1] as SitemapKind | undefined;
    if (!match || !kind || !sitemapKinds.includes(kind)) throw new NotFoundError(`sitemap ${file}`);
    const [entries, origin] = await Promise.all([
      getSitemapEntries(kind, Number(match[2])),
      getPublicOrigin(),
    ]);
    if (entries.length === 0) throw new NotFoundError(`sitemap ${file}`);
    return buildUrlSet(origin, entries);
  });
}
