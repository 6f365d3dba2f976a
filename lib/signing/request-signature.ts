import { mac, safeEqual } from './mac';
import { BoundedMap } from '../util/bounded-map';

// The companion plugin signs every revalidation request: HMAC-SHA256 over "<timestamp>.<body>" with
// the shared secret, hex, sent as X-Pressfront-Signature with X-Pressfront-Timestamp (Unix seconds).
// Binding the timestamp into the MAC makes an old request useless once it is too old, and the
// replay memory makes it useless before that.

export const SIGNATURE_HEADER = 'x-pressfront-signature';
export const TIMESTAMP_HEADER = 'x-pressfront-timestamp';
/** How old a signed request may be, either way (clocks drift a little). */
export const MAX_AGE_SECONDS = 300;

export function signBody(body: string, timestamp: number, secret: string): string {
  return mac(secret, timestamp, body);
}

/**
 * Signs a request we send the plugin: over "<context>.<timestamp>.<body>", so that no request of
 * one kind (a webhook it sent us, say) can be replayed as another.
 */
export function signRequest(context: string, body: string, timestamp: number, secret: string): string {
  return mac(secret, context, timestamp, body);
}

/** The two headers that carry a signed request of ours: the timestamp, and the signature over it. */
export function signedHeaders(context: string, body: string, secret: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signRequest(context, body, timestamp, secret),
  };
}

export type SignatureCheck =
  { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'mismatch' | 'replayed' };

interface SignedInput {
  body: string;
  timestamp: string | null;
  signature: string | null;
}

/** The checks every signed request passes: well-formed, fresh, and the MAC `expected` makes. */
function checkFresh(
  { timestamp, signature }: SignedInput,
  expected: (at: number) => string,
  nowSeconds: number,
): SignatureCheck & { at?: number } {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) {
    return { ok: false, reason: 'missing' };
  }
  const at = Number(timestamp);
  if (Math.abs(nowSeconds - at) > MAX_AGE_SECONDS) return { ok: false, reason: 'stale' };
  if (!safeEqual(signature, expected(at))) return { ok: false, reason: 'mismatch' };
  return { ok: true, at };
}

/** Whether a request was signed with `secret` within the last five minutes and not seen before. */
export function checkSignature(
  input: SignedInput,
  secret: string,
  seen: ReplayMemory,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const check = checkFresh(input, (at) => signBody(input.body, at, secret), nowSeconds);
  if (!check.ok || check.at === undefined) return check;
  if (!seen.remember(input.signature ?? '', check.at + MAX_AGE_SECONDS, nowSeconds)) {
    return { ok: false, reason: 'replayed' };
  }
  return { ok: true };
}

/**
 * Whether a request the plugin signed for `context` (over "<context>.<timestamp>.<body>") is
 * genuine and fresh. For reads, where a replay within the five minutes returns the same answer.
 */
export function checkSignedRead(
  context: string,
  input: SignedInput,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const check = checkFresh(input, (at) => signRequest(context, input.body, at, secret), nowSeconds);
  return check.ok ? { ok: true } : check;
}

/**
 * Signatures already accepted, until they would be stale anyway. Bounded: a flood of valid
 * requests (which needs the secret) cannot grow it without limit.
 */
export class ReplayMemory {
  private readonly until: BoundedMap<string, number>;
  constructor(capacity = 10_000) {
    this.until = new BoundedMap({ maxEntries: capacity });
  }

  /** Records `signature`; false when it was already recorded and has not expired. */
  remember(signature: string, expiresAt: number, now: number): boolean {
    const known = this.until.peek(signature);
    if (known !== undefined && known >= now) return false;
    this.until.set(signature, expiresAt);
    return true;
  }
}
