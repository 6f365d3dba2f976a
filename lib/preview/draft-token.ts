import { createHmac } from 'node:crypto';
import { safeEqual } from './token';

// wp-admin's "Preview" opens the frontend with a short-lived token the companion plugin signs with
// the shared secret: "<base64url JSON {id, type, exp}>.<hex HMAC-SHA256 of 'preview.' + payload>".
// The 'preview.' prefix keeps these signatures apart from revalidation's.

export interface DraftTarget {
  type: 'post' | 'page';
  id: number;
  /** Unix seconds after which the token (or the cookie made from it) is refused. */
  exp: number;
}

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(`preview.${payload}`).digest('hex');

export function signDraftToken(target: DraftTarget, secret: string): string {
  const payload = Buffer.from(JSON.stringify(target)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

export type DraftCheck =
  { ok: true; target: DraftTarget } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

export function verifyDraftToken(
  token: string | null | undefined,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): DraftCheck {
  const [payload, signature, extra] = (token ?? '').split('.');
  if (!payload || !signature || extra !== undefined || token!.length > 1024)
    return { ok: false, reason: 'malformed' };
  if (!safeEqual(signature, sign(payload, secret))) return { ok: false, reason: 'forged' };
  let target: unknown;
  try {
    target = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isTarget(target)) return { ok: false, reason: 'malformed' };
  if (target.exp < nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, target };
}

function isTarget(value: unknown): value is DraftTarget {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.type === 'post' || v.type === 'page') &&
    Number.isInteger(v.id) &&
    (v.id as number) > 0 &&
    Number.isInteger(v.exp)
  );
}
