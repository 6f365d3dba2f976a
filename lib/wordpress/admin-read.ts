import type { z } from 'zod';
import { wpFetch, type WpRequest } from './client';
import { UpstreamError } from './errors';
import { logNoticeOnce } from './log';

/**
 * A read only administrators may make (settings, menus) whose answer is the same for every reader,
 * so it is cached. Credentials WordPress refuses (revoked, or a user who is not an administrator)
 * are a configuration problem, not an outage: said once in the log, and the caller falls back (null).
 */
export async function adminRead<S extends z.ZodType>(
  request: Omit<WpRequest<S>, 'authenticated' | 'shareable'>,
): Promise<z.infer<S> | null> {
  try {
    const { data } = await wpFetch({ ...request, authenticated: true, shareable: true });
    return data;
  } catch (error) {
    if (error instanceof UpstreamError && (error.status === 401 || error.status === 403)) {
      logNoticeOnce(
        `refused:${request.path}`,
        `WordPress refused the Application Password for ${request.path} (${error.status}): ` +
          'check WORDPRESS_APP_USER / WORDPRESS_APP_PASSWORD (an administrator’s). Falling back.',
      );
      return null;
    }
    throw error;
  }
}
