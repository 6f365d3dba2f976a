import { NextResponse } from 'next/server';
import { readCappedBody } from '@/server/http/read-capped-body';
import { readerAddress } from '@/server/http/reader-address';
import { localPathOr } from '@/server/http/local-path';
import { answerInPlace } from '@/server/forms/answers';
import { postComment } from '@/server/forms/post-comment';
import { getPublicOrigin } from '@/server/seo/origin';
import { commentLimits } from '@/lib/comments/form-state';
import { getRequestTheme } from '@/app/_theme/request-theme';

// The comment form posts here. Its island asks for JSON and gets the form's state with an honest
// status (201 published, 202 held, 400 the form, 403/409/429 WordPress's refusals, 503 WordPress
// unreachable). Without JavaScript: a comment taken is a 303 back to the post, to a fragment whose
// message the page shows (`#comment-published`, `#comment-held`: no cookie, the page stays
// cached); one not taken is answered in place, the post with the form filled in and the reason.

// The longest comment WordPress takes, with the other fields and their encoding around it.
const MAX_BODY_BYTES = commentLimits.content * 3 + 8 * 1024;

export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const { t } = await getRequestTheme();
  const text = await readCappedBody(request, MAX_BODY_BYTES);
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(text ?? '')) form.append(name, value);
  const postId = Number(form.get('post'));
  const path = localPathOr(String(form.get('return') ?? ''));
  if (text === null || !Number.isSafeInteger(postId) || postId <= 0) {
    const message = t(text === null ? 'commentForm.contentTooLong' : 'commentForm.invalid');
    return wantsJson
      ? NextResponse.json(
          { status: 'error', message, fieldErrors: {} },
          { status: text === null ? 413 : 400 },
        )
      : new NextResponse(message, {
          status: text === null ? 413 : 400,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        });
  }
  const { state, httpStatus } = await postComment(
    postId,
    form,
    { ip: readerAddress(request.headers), userAgent: request.headers.get('user-agent') ?? '' },
    t,
  );
  const headers = { 'cache-control': 'no-store' };
  if (wantsJson) return NextResponse.json(state, { status: httpStatus, headers });
  if (state.status === 'approved' || state.status === 'held') {
    const fragment = state.status === 'approved' ? 'comment-published' : 'comment-held';
    return NextResponse.redirect(`${await getPublicOrigin()}${path}#${fragment}`, { status: 303, headers });
  }
  return answerInPlace(request, path, { form: 'comment', postId, state }, httpStatus);
}
