import { mac, safeEqual } from './mac';

// What the companion plugin signs for a browser to carry (preview links) and what we keep in a
// browser's cookie: "<base64url JSON>.<hex HMAC-SHA256 of '<purpose>.' + payload>". The purpose
// prefix keeps each kind apart: a preview link can never be replayed as a session cookie, nor as
// a revalidation, and the reverse.

export type PayloadCheck<T> =
  { ok: true; payload: T } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

const sign = (purpose: string, encoded: string, secret: string) => mac(secret, purpose, encoded);

export function signPayload(purpose: string, payload: { exp: number }, secret: string): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encoded}.${sign(purpose, encoded, secret)}`;
}

/**
 * The payload when `token` was signed for `purpose` with `secret`, has the shape `isShape` checks
 * and an `exp` (Unix seconds) not yet past.
 */
export function verifyPayload<T extends { exp: number }>(
  purpose: string,
  token: string | null | undefined,
  secret: string,
  isShape: (value: Record<string, unknown>) => boolean,
  { nowSeconds = Math.floor(Date.now() / 1000), maxLength = 1024 } = {},
): PayloadCheck<T> {
  const [encoded, signature, extra] = (token ?? '').split('.');
  if (!encoded || !signature || extra !== undefined || token!.length > maxLength)
    return { ok: false, reason: 'malformed' };
  if (!safeEqual(signature, sign(purpose, encoded, secret))) return { ok: false, reason: 'forged' };
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return { ok: false, reason: 'malformed' };
  const record = payload as Record<string, unknown>;
  if (!Number.isInteger(record.exp) || !isShape(record)) return { ok: false, reason: 'malformed' };
  if ((record.exp as number) < nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, payload: payload as T };
}
