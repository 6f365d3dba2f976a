import { getSiteOrFallback } from '@/server/routing/request-site';

/** Browsers ask for /favicon.ico on their own: send them the site icon set in WordPress, or ours. */
export async function GET(request: Request) {
  const site = await getSiteOrFallback();
  const target = site.iconUrl ?? new URL('/pressfront-icon.svg', request.url).toString();
  return new Response(null, {
    status: 307,
    headers: { Location: target, 'Cache-Control': 'public, max-age=3600' },
  });
}
