import type { MetadataRoute } from 'next';
import { getPublicOrigin } from '@/server/seo/origin';

/** Everything readers see may be crawled; the API routes are not pages. The sitemap index is named. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await getPublicOrigin();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/'] }],
    sitemap: `${origin}/sitemap.xml`,
  };
}
