import { headers } from 'next/headers';
import { getConfig } from '@/lib/config';

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The origin readers reach the site at, for absolute URLs (canonical, Open Graph, feeds, sitemaps):
 * PRESSFRONT_PUBLIC_URL when set — production should set it, since a Host header is the client's
 * word — else the request's own host (behind a proxy, its forwarded host), if it looks like one.
 */
export async function getPublicOrigin(): Promise<string> {
  // Headers first: reading them makes the caller request-time, so `next build` never needs the config.
  const h = await headers();
  const configured = getConfig().publicUrl;
  if (configured) return configured;
  const first = (value: string | null) => value?.split(',')[0]?.trim() ?? '';
  const forwarded = first(h.get('x-forwarded-host'));
  const host = [forwarded, first(h.get('host'))].find((v) => HOST.test(v)) ?? 'localhost:3000';
  const claimed = first(h.get('x-forwarded-proto'));
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  const proto = claimed === 'https' || claimed === 'http' ? claimed : local ? 'http' : 'https';
  return `${proto}://${host}`;
}
