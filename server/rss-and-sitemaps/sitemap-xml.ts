import type { SitemapEntry } from '@/lib/wordpress';
import { xmlText } from './xml';

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A sitemap index (sitemaps.org) listing the sitemap files by absolute URL. */
export function buildSitemapIndex(files: { url: string; lastModified?: string }[]): string {
  const entries = files.map(
    (f) =>
      `  <sitemap><loc>${xmlText(f.url)}</loc>${f.lastModified ? `<lastmod>${f.lastModified}</lastmod>` : ''}</sitemap>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sitemapindex xmlns="${NS}">`,
    ...entries,
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** One sitemap file: each entry's absolute URL and, where WordPress dates it, its last change. */
export function buildUrlSet(origin: string, entries: SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const loc = new URL(e.path, origin).toString();
    return `  <url><loc>${xmlText(loc)}</loc>${e.lastModified ? `<lastmod>${e.lastModified}</lastmod>` : ''}</url>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<urlset xmlns="${NS}">`, ...urls, '</urlset>', ''].join(
    '\n',
  );
}
