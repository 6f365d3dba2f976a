import { type NextRequest, NextResponse } from 'next/server';
import { wantsOutageStatus, withOutageStatus } from '@/lib/routing/outage-status';

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
  if (wantsOutageStatus(request, pathname)) return withOutageStatus(request, pathname + search);
  return NextResponse.next();
}

export const config = {
  // Next's own files never need it.
  matcher: '/((?!_next/static|_next/image).*)',
};
