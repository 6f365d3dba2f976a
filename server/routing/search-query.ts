/** Longest search WordPress will be asked for; longer input is cut, never reflected whole. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * The search terms of a request (`?s=`), or null when the request is not a search. As in
 * WordPress, an empty `s` is still a search (the search page with no terms).
 */
export function searchQuery(params: Record<string, string | string[] | undefined>): string | null {
  const raw = params.s;
  if (raw === undefined) return null;
  const value = Array.isArray(raw) ? (raw[0] ?? '') : raw;
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH);
}

/** The terms of `/search/{terms}/`: WordPress writes spaces as "+" there. */
export function searchPathQuery(segments: string[]): string {
  const joined = segments.join('/');
  let decoded = joined;
  try {
    decoded = decodeURIComponent(joined);
  } catch {
    // A malformed escape is searched for as typed.
  }
  return searchQuery({ s: decoded.replace(/\+/g, ' ') }) ?? '';
}
