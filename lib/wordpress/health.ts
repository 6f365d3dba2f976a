import { processSingleton } from '../util/process-singleton.cjs';

// When WordPress last failed, readable by the proxy (proxy.ts) as well as by the pages. The proxy
// and the app are bundled apart but run in one Node process: the record lives on globalThis under a
// registered symbol, so both see the same one.

interface Health {
  lastFailureAt: number;
}

const health = () => processSingleton<Health>('wordpress.health', () => ({ lastFailureAt: 0 }));

/** How long after a failure the site treats WordPress as failing. */
export const FAILING_WINDOW_MS = 30_000;

export function noteWordPressFailure(now = Date.now()): void {
  health().lastFailureAt = now;
}

export function wordpressFailedRecently(now = Date.now()): boolean {
  return now - health().lastFailureAt < FAILING_WINDOW_MS;
}

/** When WordPress last failed (0: not since this process started). */
export function lastWordPressFailureAt(): number {
  return health().lastFailureAt;
}
