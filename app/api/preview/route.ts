import { type NextRequest, NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { startDraftSession } from '@/server/preview/draft-session';
import { verifyDraftToken } from '@/server/preview/draft-token';

const noStore = { 'Cache-Control': 'private, no-store' };

/** wp-admin's "Preview" lands here with the plugin's short-lived token; a bad one is a 401. */
export async function GET(request: NextRequest) {
  const secret = getConfig().bridgeSecret;
  if (!secret) {
    return NextResponse.json(
      { error: 'previews are not configured (PRESSFRONT_BRIDGE_SECRET)' },
      { status: 404, headers: noStore },
    );
  }
  const check = verifyDraftToken(request.nextUrl.searchParams.get('token'), secret);
  if (!check.ok) {
    return NextResponse.json(
      { error: `preview link ${check.reason}; open Preview in WordPress again` },
      { status: 401, headers: noStore },
    );
  }
  await startDraftSession(check.target, request.nextUrl.protocol === 'https:');
  const { type, id } = check.target;
  return NextResponse.redirect(new URL(`/preview/${type}/${id}/`, request.url), {
    status: 303,
    headers: noStore,
  });
}
