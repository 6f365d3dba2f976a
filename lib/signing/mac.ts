import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// The one MAC every signed thing between the frontend and the plugin uses: HMAC-SHA256, hex, over
// its parts joined by "." — the plugin's Signer (PHP) computes the same. A purpose or context is
// always the first part, so no signed thing of one kind can stand in for another.

/** HMAC-SHA256 of `parts` joined by ".", in hex. */
export function mac(secret: string, ...parts: (string | number)[]): string {
  return createHmac('sha256', secret).update(parts.join('.')).digest('hex');
}

/** Compares two strings in constant time (hashing first, so lengths do not leak either). */
export function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
