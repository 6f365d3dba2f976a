/**
 * Whether two site paths are the same page: compared decoded and case-folded, as WordPress's links
 * and the browser's address may encode one path apart (`%E2%80%A6` and `%e2%80%a6`).
 */
export function samePath(a: string, b: string): boolean {
  return comparablePath(a) === comparablePath(b);
}

/** A site path as paths compare: decoded and case-folded (WordPress stores non-ASCII slugs percent-encoded). */
export function comparablePath(path: string): string {
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    // A malformed escape cannot be any page's path: compared as it came.
    return path.toLowerCase();
  }
}
