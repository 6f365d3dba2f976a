import { NextResponse, type NextRequest } from 'next/server';
import { themes } from '@/themes/registry';
import { getConfig } from '@/lib/config';
import { localPathOr } from '@/lib/http/local-path';
import { PREVIEW_COOKIE, safeEqual, signPreview } from '@/lib/preview/token';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * GET /api/theme-preview?theme=…&secret=…[&path=/somewhere/]: lets the site owner browse the site in
 * another installed theme. Only their browser gets the (signed, session-only) cookie.
 */
export function startThemePreview(request: NextRequest): Response {
  const { previewSecret } = getConfig();
  if (!previewSecret) {
    return NextResponse.json(
      { error: 'Theme preview is off: set PRESSFRONT_PREVIEW_SECRET to enable it.' },
      { status: 404, headers: noStore },
    );
  }
  const params = request.nextUrl.searchParams;
  if (!safeEqual(params.get('secret') ?? '', previewSecret)) {
    return NextResponse.json({ error: 'Wrong or missing secret.' }, { status: 401, headers: noStore });
  }
  const theme = params.get('theme') ?? '';
  if (!Object.hasOwn(themes, theme)) {
    return NextResponse.json(
      { error: `Unknown theme "${theme}".`, installed: Object.keys(themes) },
      { status: 400, headers: noStore },
    );
  }
  const response = NextResponse.redirect(new URL(localPathOr(params.get('path')), request.url), {
    status: 303,
    headers: noStore,
  });
  response.cookies.set(PREVIEW_COOKIE, signPreview(theme, previewSecret), {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
    path: '/',
  });
  return response;
}

/** GET /api/theme-preview/end: back to the site's own theme. */
export function endThemePreview(request: NextRequest): Response {
  const response = NextResponse.redirect(
    new URL(localPathOr(request.nextUrl.searchParams.get('path')), request.url),
    {
      status: 303,
      headers: noStore,
    },
  );
  response.cookies.delete(PREVIEW_COOKIE);
  return response;
}
