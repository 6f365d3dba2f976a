import type { UpstreamError } from './errors';
import { noteWordPressFailure } from './health';

/**
 * One structured line per WordPress failure, so an operator can grep for the endpoint.
 * Returns the error so call sites can `throw logUpstreamFailure(…)`.
 */
export function logUpstreamFailure(error: UpstreamError): UpstreamError {
  noteWordPressFailure();
  console.error(
    JSON.stringify({
      level: 'error',
      source: 'wordpress',
      endpoint: error.endpoint,
      status: error.status,
      message: error.message,
    }),
  );
  return error;
}

const noticed = new Set<string>();

/** A one-time notice (a fallback taken, a feature unavailable): said once per server process. */
export function logNoticeOnce(key: string, message: string): void {
  if (noticed.has(key)) return;
  noticed.add(key);
  console.warn(JSON.stringify({ level: 'warn', source: 'wordpress', notice: key, message }));
}

/** WordPress failed and a reader got the last good answer instead of an error. */
export function logServedLastGood(endpoint: string): void {
  console.warn(
    JSON.stringify({ level: 'warn', source: 'wordpress', endpoint, message: 'served the last good answer' }),
  );
}
