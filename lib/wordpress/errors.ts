/** The requested object does not exist in WordPress (or is not public). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(public readonly what: string) {
    super(`Not found: ${what}`);
  }
}

/**
 * WordPress could not be reached, answered with an error, or answered with data of the wrong
 * shape. `endpoint` is the REST path (no host, no credentials), safe to log.
 */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    public readonly endpoint: string,
    public readonly status: number | null,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`WordPress ${endpoint}${status === null ? '' : ` (${status})`}: ${detail}`, options);
  }
}

/**
 * WordPress said no to something a reader may legitimately get wrong (a post password, a comment
 * it will not take): not an outage, so not logged as one. `code` is WordPress's error code.
 */
export class RefusedError extends Error {
  override name = 'RefusedError';
  constructor(
    public readonly code: string,
    public readonly status: number,
    message: string,
    /** WordPress's `data` beside the code (e.g. how long to wait). */
    public readonly data: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * The frontends already ask WordPress as much as they may at once (server/origin-load): this request
 * was not sent. A page that needed it is "busy, come back" (503 with Retry-After), or its last good
 * copy — never an outage, so WordPress is not marked as failing for it.
 */
export class OriginBusyError extends UpstreamError {
  override name = 'OriginBusyError';
  constructor(
    endpoint: string,
    public readonly reason: 'queue-full' | 'waited',
  ) {
    super(endpoint, null, reason === 'queue-full' ? 'busy: the queue is full' : 'busy: no place in time');
  }
}

/**
 * Whether `error` is an OriginBusyError — from whichever bundle: the gate (server/origin-load) and
 * the data layer may be evaluated as separate copies in one process, so `instanceof` cannot tell.
 */
export function isOriginBusy(error: unknown): error is OriginBusyError {
  return error instanceof Error && error.name === 'OriginBusyError' && 'reason' in error;
}
