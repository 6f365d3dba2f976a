/**
 * Whether this island may set `element` up now: true the first time it is asked, false after. An
 * island's script may run more than once on a page — inline after the markup, and again after a
 * client navigation where the framework runtime is kept (islands-after-navigation.tsx) — and must
 * not listen twice. A symbol property, not an attribute: the markup stays the server's, as React's
 * hydration expects it.
 */
export function claim(element: Element, island: string): boolean {
  const mark = Symbol.for(`pressfront.island.${island}`);
  const marked = element as Element & Record<symbol, boolean>;
  if (marked[mark]) return false;
  marked[mark] = true;
  return true;
}
