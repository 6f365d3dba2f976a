/**
 * The one open-redirect guard: `value` when it is a path on this site, else `fallback`. A path
 * starts with one slash — never `//` or `/\`, which browsers read as another host — and holds no
 * white space or control characters (which some browsers strip, turning `/ /evil` into `//evil`).
 */
export function localPathOr(value: string | null | undefined, fallback = '/'): string {
  if (!value || value.length > 2_000) return fallback;
  return /^\/(?![/\\])[^\s\u0000-\u001f\u007f]*$/.test(value) ? value : fallback;
}
