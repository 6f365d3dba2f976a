import { log, logOnce } from '../log';
import type { UpstreamError } from './errors';
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
