import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/config';
import { localPathOr } from '@/server/http/local-path';
import { log } from '@/lib/log';
import {
  claimLink,
  exitTarget,
  PREVIEW_COOKIE,
  PREVIEW_SESSION_SECONDS,
  signPreviewSession,
  verifyPreviewLink,
  verifyPreviewSession,
} from '@/server/preview/theme-preview';
import { themes } from '@/themes/_engine/registry';

const noStore = { 'Cache-Control': 'private, no-store' };
const refuse = (status: number, error: string, more: Record<string, unknown> = {}) =>
  NextResponse.json({ error, ...more }, { status, headers: noStore });

/**
 * GET /api/theme-preview/?token=…[&path=/somewhere/]: a live preview from wp-admin. The token is
 * the companion plugin's signed, five-minute, single-use link (server/preview/theme-preview.ts);
 * opening it gives this browser alone a session cookie and leads to the page. Forged, expired or
 * replayed: 401, nothing set. Unknown theme or invalid options: 400 saying which.
 */
export function startThemePreview(request: NextRequest): Response {
  const secret = getConfig().bridgeSecret;
  if (!secret) {
    return refuse(
      404,
      'Theme preview is off: it needs PRESSFRONT_BRIDGE_SECRET, shared with the companion plugin.',
    );
  }
  const check = verifyPreviewLink(request.nextUrl.searchParams.get('token'), secret);
  if (!check.ok) {
    log('warn', 'theme-preview', { message: 'preview link refused', reason: check.reason });
    return refuse(
      check.reason === 'malformed' ? 400 : 401,
      `This preview link is ${check.reason}: open it again from wp-admin.`,
    );
  }
  const link = check.payload;
  const theme = Object.hasOwn(themes, link.theme) ? themes[link.theme] : undefined;
  if (!theme) {
    return refuse(400, `This server has no theme "${link.theme}".`, { installed: Object.keys(themes) });
  }
  const options = theme.options.validate(link.options);
  if (!options.ok) return refuse(400, 'Some options cannot be previewed.', { errors: options.errors });
  if (!claimLink(link)) {
    log('warn', 'theme-preview', { message: 'preview link refused', reason: 'replayed' });
    return refuse(401, 'This preview link was already used: open it again from wp-admin.');
  }
  const response = NextResponse.redirect(
    new URL(localPathOr(request.nextUrl.searchParams.get('path')), request.url),
    {
      status: 303,
      headers: noStore,
    },
  );
  response.cookies.set(
    PREVIEW_COOKIE,
    signPreviewSession(
      { theme: theme.name, options: options.values, activateUrl: link.activateUrl, exitUrl: link.exitUrl },
      secret,
    ),
    { ...cookieAttributes(request), maxAge: PREVIEW_SESSION_SECONDS },
  );
  return response;
}

/**
 * wp-admin shows the preview in a frame, often from another site (127.0.0.1:8790 around
 * localhost:3000 here; wp.example.net around www.example.com): the cookie must reach a frame, so it
 * is SameSite=None, which browsers take only with Secure — possible on https and on localhost,
 * which browsers trust as secure — and Partitioned (CHIPS): kept for that one top-level site, so
 * it still reaches nobody else and survives third-party-cookie blocking. On plain http elsewhere
 * Lax is all a browser allows: the preview then works where WordPress and the site share a site.
 */
function cookieAttributes(request: NextRequest) {
  const { protocol, hostname } = request.nextUrl;
  const trusted = protocol === 'https:' || /^(localhost|127\.0\.0\.1|\[::1\])$|\.localhost$/.test(hostname);
  return {
    httpOnly: true,
    path: '/',
    ...(trusted
      ? { sameSite: 'none' as const, secure: true, partitioned: true }
      : { sameSite: 'lax' as const }),
  };
}

/**
 * GET /api/theme-preview/end/: back to the site's own theme — and to wp-admin's themes screen
 * when the preview came from there (a signed `exit`, or the session says where), else to `path`
 * or the front page. Never anywhere else: an unsigned address is ignored.
 */
export function endThemePreview(request: NextRequest): Response {
  const secret = getConfig().bridgeSecret;
  const session = secret ? verifyPreviewSession(request.cookies.get(PREVIEW_COOKIE)?.value, secret) : null;
  const signedExit = secret ? exitTarget(request.nextUrl.searchParams.get('exit'), secret) : null;
  const back =
    signedExit ??
    (session?.ok && session.payload.exitUrl
      ? session.payload.exitUrl
      : new URL(localPathOr(request.nextUrl.searchParams.get('path')), request.url));
  const response = NextResponse.redirect(back, { status: 303, headers: noStore });
  // Deleted with the attributes it was set with: a partitioned cookie is only matched so.
  response.cookies.set(PREVIEW_COOKIE, '', { ...cookieAttributes(request), maxAge: 0 });
  return response;
}
