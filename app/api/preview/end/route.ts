import { NextResponse } from 'next/server';
import { endDraftSession } from '@/server/preview/draft-session';

/** Leaves the preview: draft mode off, the session cookie gone, back to the front page. */
export async function GET(request: Request) {
  await endDraftSession();
  return NextResponse.redirect(new URL('/', request.url), {
    status: 303,
    headers: { 'Cache-Control': 'private, no-store' },
  });
}
