import { NextResponse } from 'next/server';
import { readerAddress } from '@/server/http/reader-address';
import { readCappedBody } from '@/server/http/read-capped-body';
import { getPublicOrigin } from '@/server/seo/origin';
import { encodeFlash, FLASH_COOKIE, FLASH_MAX_AGE_SECONDS } from '@/lib/subscribe/flash';
import { localPathOr } from '@/server/http/local-path';
import { parseSubscribeForm } from '@/lib/subscribe/form';
import { getSubscribeProvider } from '@/server/subscribe/provider';
import { httpStatus, subscribeAnswer, type SubscribeResult } from '@/lib/subscribe/result';
import { signUp } from '@/server/subscribe/subscribe';
import type { Translate } from '@/lib/i18n/translate';
import { getRequestTheme } from '@/app/_theme/request-theme';

// The subscribe form posts here. With JavaScript it asks for JSON and gets the real status
// (202, 400, 413, 429 with Retry-After, 503); without, it gets a 303 to the /subscribe/ page,
// which shows the same result with the form kept filled in. Answers are in the site's language,
// and the consent line stored with a subscriber is the one the form showed, in that language.

const MAX_BODY_BYTES = 4 * 1024;

export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const origin = await getPublicOrigin();
  const returnTo = refererPath(request.headers.get('referer'), origin);
  const { t } = await getRequestTheme();
  const text = await readCappedBody(request, MAX_BODY_BYTES);
  if (text === null) return answer({ status: 'too-large' }, { wantsJson, email: '', returnTo, origin, t });

  const parsed = parseSubscribeForm(readFields(text, request.headers.get('content-type')));
  if (!parsed.ok) {
    return answer(
      { status: 'invalid', errors: parsed.errors },
      { wantsJson, email: parsed.fields.email, returnTo, origin, t },
    );
  }
  const result = await signUp(
    parsed.fields,
    parsed.bot,
    { ip: readerAddress(request.headers), origin, consentText: t('subscribeForm.consent') },
    getSubscribeProvider(),
  );
  return answer(result, { wantsJson, email: parsed.fields.email, returnTo, origin, t });
}

function answer(
  result: SubscribeResult,
  {
    wantsJson,
    email,
    returnTo,
    origin,
    t,
  }: { wantsJson: boolean; email: string; returnTo: string; origin: string; t: Translate },
) {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  if (result.status === 'rate-limited') headers.set('Retry-After', String(result.retryAfterSeconds));
  if (wantsJson) {
    return NextResponse.json(subscribeAnswer(result, t), { status: httpStatus[result.status], headers });
  }
  const response = NextResponse.redirect(`${origin}/subscribe/?result=${result.status}`, {
    status: 303,
    headers,
  });
  response.cookies.set(
    FLASH_COOKIE,
    encodeFlash({ result, email: result.status === 'pending' ? '' : email, returnTo }),
    {
      path: '/subscribe/',
      maxAge: FLASH_MAX_AGE_SECONDS,
      httpOnly: true,
      sameSite: 'lax',
    },
  );
  return response;
}

function readFields(text: string, contentType: string | null): Record<string, unknown> {
  if (contentType?.includes('application/json')) {
    try {
      const data: unknown = JSON.parse(text);
      return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/** The page the form was on, when the browser says and it is ours: where "back" leads. */
function refererPath(referer: string | null, origin: string): string {
  if (!referer || !URL.canParse(referer)) return '/';
  const url = new URL(referer);
  if (url.origin !== origin || url.pathname.startsWith('/subscribe/')) return '/';
  return localPathOr(url.pathname);
}
