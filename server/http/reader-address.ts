/**
 * The reader's network address, for per-reader limits: the first X-Forwarded-For entry (the proxy
 * in front of Next, or Next itself for a direct connection, sets it). Null when there is none.
 */
export function readerAddress(headers: Headers): string | null {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first && first.length <= 64 ? first : null;
}
