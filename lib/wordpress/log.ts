import type { UpstreamError } from './errors';

/**
 * One structured line per WordPress failure, so an operator can grep for the endpoint.
 * Returns the error so call sites can `throw logUpstreamFailure(…)`.
 */
export function logUpstreamFailure(error: UpstreamError): UpstreamError {
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
