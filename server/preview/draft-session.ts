import { cookies, draftMode } from 'next/headers';
import { getConfig } from '@/lib/config';
import { type DraftTarget, signDraftToken, verifyDraftToken } from './draft-token';

// Opening a preview link turns on Next's draft mode for this browser and remembers which post it
// may see (a signed cookie, one hour): draft mode alone would let the browser see any draft.

export const DRAFT_COOKIE = 'pf_draft';
const SESSION_SECONDS = 60 * 60;

export async function startDraftSession(target: DraftTarget, secure: boolean): Promise<void> {
  const secret = getConfig().bridgeSecret;
  if (!secret) throw new Error('draft previews need PRESSFRONT_BRIDGE_SECRET');
  (await draftMode()).enable();
  const session = signDraftToken({ ...target, exp: Math.floor(Date.now() / 1000) + SESSION_SECONDS }, secret);
  (await cookies()).set(DRAFT_COOKIE, session, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export async function endDraftSession(): Promise<void> {
  (await draftMode()).disable();
  (await cookies()).delete(DRAFT_COOKIE);
}

/** Whether this request may see the draft of `type` `id`: draft mode on and a valid session for it. */
export async function maySeeDraft(type: string, id: number): Promise<boolean> {
  const secret = getConfig().bridgeSecret;
  if (!secret || !(await draftMode()).isEnabled) return false;
  const check = verifyDraftToken((await cookies()).get(DRAFT_COOKIE)?.value, secret);
  return check.ok && check.target.type === type && check.target.id === id;
}
