import { type NextRequest, NextResponse } from 'next/server';

/**
 * A path whose percent-encoding is malformed (`/%E0%A4%A/`) names nothing, but Next.js's own
 * decoding of it fails with a 500. Readers get the themed 404 instead: the request is rewritten to
 * a path the router itself declares not found (page 0 of the front page), without asking WordPress.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/page/0/', request.url));
  }
}

export const config = {
  // Next's own files never need it.
  matcher: '/((?!_next/static|_next/image).*)',
};
