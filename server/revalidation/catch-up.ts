import { randomBytes } from 'node:crypto';
import { lastWordPressFailureAt } from '@/lib/wordpress/health';
import type { CatchUpReason } from './change-feed';
import { processSingleton } from '@/lib/util/process-singleton.cjs';

// When the proxy should have the app catch up with the plugin's change log, and the per-process
// token that lets only it ask (the catch-up route answers no one else). The proxy cannot
// revalidate tags itself — only route handlers may — so it asks this same server, and waits for
// the answer only at start-up: later catch-ups run beside the readers' requests.

export const CATCH_UP_PATH = '/api/revalidate/catch-up/';
export const CATCH_UP_TOKEN_HEADER = 'x-pressfront-catch-up';

/** Every few minutes besides: a message the plugin gave up retrying is found within this. */
const PERIODIC_MS = 5 * 60_000;
/** After a failed attempt (WordPress down), the next one waits this long. */
const RETRY_MS = 5_000;

interface State {
  token: string;
  caughtUpAt: number;
  failedAt: number;
  inFlight: Promise<void> | null;
}

const state = () =>
  processSingleton<State>('catch-up', () => ({
    token: randomBytes(24).toString('hex'),
    caughtUpAt: 0,
    failedAt: 0,
    inFlight: null,
  }));

export const catchUpToken = () => state().token;

/**
 * Whether readers should wait for this catch-up: only the first at start-up. Once one has failed
 * (WordPress down or hanging), readers get what the server has while it keeps trying beside them.
 */
export function readersWait(reason: CatchUpReason): boolean {
  return reason === 'start-up' && state().failedAt === 0;
}

/** Why a catch-up is due now, or null. */
export function catchUpDue(now = Date.now()): CatchUpReason | null {
  const { caughtUpAt, failedAt } = state();
  if (failedAt > 0 && now - failedAt < RETRY_MS) return null;
  if (caughtUpAt === 0) return 'start-up';
  // WordPress failed since the last catch-up: messages it sent meanwhile may not have arrived.
  if (lastWordPressFailureAt() > caughtUpAt) return 'after-failure';
  return now - caughtUpAt > PERIODIC_MS ? 'periodic' : null;
}

/**
 * Runs `ask` (the request to the catch-up route) unless one is under way, recording the outcome.
 * Resolves when it is done; never rejects.
 */
export function runCatchUp(ask: () => Promise<boolean>, now = () => Date.now()): Promise<void> {
  const current = state();
  current.inFlight ??= ask()
    .catch(() => false)
    .then((ok) => {
      if (ok) current.caughtUpAt = now();
      else current.failedAt = now();
    })
    .finally(() => {
      current.inFlight = null;
    });
  return current.inFlight;
}
