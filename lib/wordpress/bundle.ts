import { z } from 'zod';
import { wpFetch, endpointOf, type WpRequest, type WpResponse } from './client';
import { NotFoundError } from './errors';
import { logNoticeOnce } from './log';

// Several reads in one request to WordPress, through the Bridge plugin's /pressfront/v1/bundle:
// each REST request boots WordPress anew, and a post page needs four small reads after the post
// itself. The bundle is only a way of carrying the reads: each answer is validated with its own
// schema, and anything but a plain good answer (an error, an unexpected shape) is asked for again
// on its own, so it gets the usual typed errors, retries, logs and last good answers. The bundle
// as a whole is cached under every tag of its reads. Without the plugin, the reads go one by one.

const BUNDLE_MAX = 8;
/** Without the plugin, look again after a while: it may be installed while we run. */
const RECHECK_MS = 5 * 60_000;
let unavailableUntil = 0;

const bundleAnswer = z.array(
  z.object({
    status: z.number().int(),
    total: z.number().int().nullable(),
    total_pages: z.number().int().nullable(),
    body: z.unknown(),
  }),
);

type Answers<R extends readonly WpRequest<z.ZodType>[]> = {
  [K in keyof R]: R[K] extends WpRequest<infer S> ? WpResponse<z.infer<S>> : never;
};

/** Can travel in a bundle: a plain public read (no credentials, nothing personal, no body). */
const bundleable = (r: WpRequest<z.ZodType>) => !r.body && !r.authenticated && !r.personal && !r.signedAs;

export async function wpFetchBundle<const R extends readonly WpRequest<z.ZodType>[]>(
  requests: R,
): Promise<Answers<R>> {
  const together = requests.filter(bundleable);
  if (together.length < 2 || together.length > BUNDLE_MAX || Date.now() < unavailableUntil) {
    return Promise.all(requests.map((r) => wpFetch(r))) as Promise<Answers<R>>;
  }
  let answers: z.infer<typeof bundleAnswer>;
  try {
    ({ data: answers } = await wpFetch({
      path: '/pressfront/v1/bundle',
      query: { requests: JSON.stringify(together.map((r) => endpointOf(r.path, r.query))) },
      schema: bundleAnswer.length(together.length),
      tags: [...new Set(together.flatMap((r) => r.tags))],
    }));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    unavailableUntil = Date.now() + RECHECK_MS;
    logNoticeOnce(
      'no-bundle',
      'the Pressfront Bridge plugin is not installed (or too old for /pressfront/v1/bundle): each read is a request of its own',
    );
    return Promise.all(requests.map((r) => wpFetch(r))) as Promise<Answers<R>>;
  }
  return Promise.all(
    requests.map(async (request) => {
      const index = together.indexOf(request);
      const answer = index >= 0 ? answers[index] : undefined;
      const parsed = answer?.status === 200 ? request.schema.safeParse(answer.body) : undefined;
      if (!answer || !parsed?.success) return wpFetch(request);
      const headers = new Headers();
      if (answer.total !== null) headers.set('X-WP-Total', String(answer.total));
      if (answer.total_pages !== null) headers.set('X-WP-TotalPages', String(answer.total_pages));
      return { data: parsed.data, headers };
    }),
  ) as Promise<Answers<R>>;
}
