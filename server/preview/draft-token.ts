import { signPayload, verifyPayload } from '@/lib/signing';

// wp-admin's "Preview" opens the frontend with a short-lived token the companion plugin signs with
// the shared secret (signed-payload.ts, purpose "preview").

export interface DraftTarget {
  type: 'post' | 'page';
  id: number;
  /** Unix seconds after which the token (or the cookie made from it) is refused. */
  exp: number;
}

export function signDraftToken(target: DraftTarget, secret: string): string {
  return signPayload('preview', target, secret);
}

export type DraftCheck =
  { ok: true; target: DraftTarget } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

export function verifyDraftToken(
  token: string | null | undefined,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): DraftCheck {
  const check = verifyPayload<DraftTarget>('preview', token, secret, isTarget, { nowSeconds });
  return check.ok ? { ok: true, target: check.payload } : check;
}

function isTarget(v: Record<string, unknown>): boolean {
  return (v.type === 'post' || v.type === 'page') && Number.isInteger(v.id) && (v.id as number) > 0;
}
