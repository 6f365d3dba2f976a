import { cookies } from 'next/headers';

// A password-protected post stays open for the reader who gave the password, as WordPress's
// own `wp-postpass` cookie does (ten days). The cookie is the reader's own secret, sent only to
// this site and unreadable by scripts; the server asks WordPress with it on every visit.

const TEN_DAYS = 10 * 24 * 60 * 60;
const cookieName = (postId: number) => `pf-postpass-${postId}`;

export async function readPostPassword(postId: number): Promise<string | null> {
  return (await cookies()).get(cookieName(postId))?.value ?? null;
}

/** The cookie that remembers a right password (set by app/api/unlock/). */
export function postPasswordCookie(postId: number, password: string, secure: boolean) {
  return {
    name: cookieName(postId),
    value: password,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    maxAge: TEN_DAYS,
  };
}
