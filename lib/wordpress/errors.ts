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
