import { NextResponse } from 'next/server';
import { readCappedBody } from '@/server/http/read-capped-body';
import { answerInPlace } from '@/server/forms/answers';
import { localPathOr } from '@/server/http/local-path';
import { postPasswordCookie } from '@/server/routing/post-password';
import { getSiteOrFallback } from '@/server/routing/request-site';
import { getPublicOrigin } from '@/server/seo/origin';
import { translator } from '@/lib/i18n/translate';
import { unlockPost } from '@/lib/wordpress';

// The password form of a protected post posts here; WordPress checks the password. A right one is
// remembered for this reader (an httpOnly cookie, as WordPress's own `wp-postpass`) and opens the
// post: a 303 to it, or for the form's island `{ location }`. A wrong one is a 403 with the reason
// in the site's language: `{ error }` for the island, the post's page with the form and the reason
// without JavaScript.

const MAX_BODY_BYTES = 4 * 1024;

export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const fields = new URLSearchParams((await readCappedBody(request, MAX_BODY_BYTES)) ?? '');
  const postId = Number(fields.get('post'));
  const password = fields.get('post_password') ?? '';
  const post =
    Number.isSafeInteger(postId) && postId > 0 && password ? await unlockPost(postId, password) : null;
  if (post) {
    const cookie = postPasswordCookie(postId, password, (await getPublicOrigin()).startsWith('https:'));
    const response = wantsJson
      ? NextResponse.json({ location: post.path })
      : NextResponse.redirect(`${await getPublicOrigin()}${post.path}`, { status: 303 });
    response.cookies.set(cookie);
    response.headers.set('cache-control', 'no-store');
    return response;
  }
  const error = translator((await getSiteOrFallback()).language)('password.wrong');
  if (wantsJson)
    return NextResponse.json({ error }, { status: 403, headers: { 'cache-control': 'no-store' } });
  const path = localPathOr(fields.get('return'));
  return answerInPlace(request, path, { form: 'password', postId, error }, 403);
}
