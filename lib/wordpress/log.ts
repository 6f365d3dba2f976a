import { log, logOnce } from '../log';
import { processSingleton } from '../util/process-singleton.cjs';
import type { OriginBusyError, UpstreamError } from './errors';
import { noteWordPressFailure } from './health';

/**
 * One structured line per WordPress failure, so an operator can grep for the endpoint.
 * Returns the error so call sites can `throw logUpstreamFailure(…)`.
 */
export function logUpstreamFailure(error: UpstreamError): UpstreamError {
  noteWordPressFailure();
  log('error', 'wordpress', { endpoint: error.endpoint, status: error.status, message: error.message });
  return error;
}

/** A one-time notice (a fallback taken, a feature unavailable): said once per server process. */
export function logNoticeOnce(key: string, message: string): void {
  logOnce(`wordpress:${key}`, 'warn', 'wordpress', { notice: key, message });
}

/** WordPress failed and a reader got the last good answer instead of an error. */
export function logServedLastGood(endpoint: string): void {
  log('warn', 'wordpress', { endpoint, message: 'served the last good answer' });
}

/** Requests not sent because WordPress was as busy as the frontends may make it, since the last line. */
const shed = () => processSingleton('wordpress.shed', () => ({ count: 0, saidAt: 0 }));

/** How often a flood's shed requests are summed up in the log: one line, not one per request. */
const SHED_LOG_INTERVAL_MS = 5_000;

/**
 * A request the origin bound did not send (OriginBusyError): expected under a flood, so a warning
 * summed up every few seconds — not an error, and WordPress is not marked as failing.
 */
export function logShed(error: OriginBusyError, now = Date.now()): OriginBusyError {
  const record = shed();
  record.count += 1;
  if (now - record.saidAt >= SHED_LOG_INTERVAL_MS) {
    log('warn', 'wordpress', {
      shed: record.count,
      endpoint: error.endpoint.slice(0, 160),
      message: `not sent: WordPress is as busy as the frontends may make it (${error.reason})`,
    });
    record.count = 0;
    record.saidAt = now;
  }
  return error;
}
