import { type NextRequest, NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { isSharedPageRequest, serveThroughCache } from '@/lib/page-cache/serve';
import { wantsOutageStatus, withOutageStatus } from '@/lib/routing/outage-status';

function pageCacheMs(): number {
  try {
    return getConfig().pageCacheSeconds * 1000;
  } catch {
    // A bad configuration is reported by the pages themselves.
    return 0;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // A path whose percent-encoding is malformed (`/%E0%A4%A/`) names nothing, but Next.js's own
  // decoding of it fails with a 500. Readers get the themed 404 instead: the request is rewritten
  // to a path the router itself declares not found (page 0 of the front page), without asking WordPress.
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.rewrite(new URL('/page/0/', request.url));
  }
  // Pages every reader gets alike are served from memory when a fresh copy is there.
  const maxAgeMs = pageCacheMs();
  if (maxAgeMs > 0 && isSharedPageRequest(request, pathname)) {
    return serveThroughCache(request, `${pathname}${search}`, maxAgeMs);
  }
  if (wantsOutageStatus(request, pathname)) return withOutageStatus(request, pathname + search);
  return NextResponse.next();
}

export const config = {
  // Next's own files never need it.
  matcher: '/((?!_next/static|_next/image).*)',
};
