import { getConfig } from '@/lib/config';
import { boundOriginBy } from '@/lib/wordpress/origin-bound';
import { processSingleton } from '@/lib/util/process-singleton.cjs';
import { sharedState } from '../redis/shared-state';
import { OriginGate } from './origin-gate';

/** The process's gate, from the configuration (lib/config: PRESSFRONT_ORIGIN_*). */
export function originGate(): OriginGate {
  return processSingleton('origin-gate', () => {
    const { origin, timeoutMs, wordpressUrl } = getConfig();
    // A place is held no longer than its request may last: the timeout, and a margin.
    const limits = { ...origin, leaseMs: timeoutMs + 2_000 };
    return new OriginGate(limits, { state: sharedState, key: wordpressUrl });
  });
}

/** Bounds every request this process sends to WordPress (called once, at start-up). */
export function boundOriginLoad(): void {
  boundOriginBy(originGate());
}
