import { cache } from 'react';
import { z } from 'zod';
import { wpFetch, endpointOf, type WpRequest, type WpResponse } from './client';
import { NotFoundError, UpstreamError } from './errors';
import { logNoticeOnce, logUpstreamFailure } from './log';
import { tellRead } from './observe';
import { tags as tagNames } from './tags';

// Several reads in one request to WordPress, through the Bridge plugin's /pressfront/v1/bundle:
// each REST request boots WordPress anew, and a post page needs four small reads after the post
// itself. The bundle is only a way of carrying the reads: each answer is validated with its own
// schema, and anything but a plain good answer (an error, an unexpected shape) is asked for again
// on its own, so it gets the usual typed errors, retries, logs and last good answers. The bundle
// as a whole is cached under every tag of its reads. Without the plugin, the reads go one by one.
//
// Follow-ups (`then`) go further: reads that need the first read's first item (a post found by
// its slug: its id, local date, first category; a term: its id) are answered in the same
// request, so a page never rendered costs one round trip. They are kept for this render only, under the endpoint
// they would be asked with, and taken by the next bundle that asks exactly that (the values are
// WordPress's: if ours differ, the endpoints differ and the read simply goes to WordPress).

const BUNDLE_MAX = 8;
/** Without the plugin, look again after a while: it may be installed while we run. */
const RECHECK_MS = 5 * 60_000;
let unavailableUntil = 0;

const bundleItem = z.object({
  status: z.number().int(),
  total: z.number().int().nullable(),
  total_pages: z.number().int().nullable(),
  body: z.unknown(),
});
type BundleItem = z.infer<typeof bundleItem>;

const followedAnswer = z.object({
  answers: z.array(bundleItem),
  then: z.object({
    values: z.object({
      id: z.string().nullable(),
      local_date: z.string().nullable(),
      category: z.string().nullable(),
    }),
    answers: z.array(bundleItem),
  }),
});

/**
 * What follow-ups may use of the item the first read found — a post, or a term (which has only an
 * id) — all strings, as they go in a query.
 */
export interface FollowUpValues {
  id: string;
  /** A post's publication time in the site's time zone; null for anything without a date. */
  localDate: string | null;
  category: string | null;
}

/**
 * Builds the follow-up reads from an item's values; called once with placeholders (the templates
 * sent) and once with WordPress's values (the endpoints kept): the n-th read of the second call is
 * the n-th template's. A read the values do not allow (no category) is null, or the list ends.
 */
export type FollowUps = (values: FollowUpValues) => readonly (WpRequest<z.ZodType> | null)[];

/** What the plugin replaces in a follow-up template (it leaves a template needing a missing value unasked). */
export const FOLLOW_UP_PLACEHOLDERS = {
  id: '__pf_id__',
  localDate: '__pf_local_date__',
  category: '__pf_category__',
} as const satisfies FollowUpValues;

/** Follow-up answers WordPress gave during this render, by endpoint (one map per request). */
const answeredEarlier = cache(() => new Map<string, BundleItem>());

type Answers<R extends readonly WpRequest<z.ZodType>[]> = {
  [K in keyof R]: R[K] extends WpRequest<infer S> ? WpResponse<z.infer<S>> : never;
};

/** Can travel in a bundle: a plain public read (no credentials, nothing personal, no body). */
const bundleable = (r: WpRequest<z.ZodType>) => !r.body && !r.authenticated && !r.personal && !r.signedAs;

interface BundleOptions {
  /** Reads that need the first request's first item; it must be bundleable. */
  then?: FollowUps;
  /**
   * Tags the follow-ups' answers expire under, for the bundle's own cache entry only (a page is
   * tagged by the reads it takes, not by everything the bundle carried).
   */
  thenTags?: string[];
}

export async function wpFetchBundle<const R extends readonly WpRequest<z.ZodType>[]>(
  requests: R,
  options: BundleOptions = {},
): Promise<Answers<R>> {
  const earlier = answeredEarlier();
  const taken = await Promise.all(requests.map((r) => (bundleable(r) ? takeEarlier(earlier, r) : undefined)));
  const together = requests.filter((r, i) => bundleable(r) && !taken[i]);
  const then = options.then && requests[0] && together[0] === requests[0] ? options.then : undefined;
  const alone = () => Promise.all(requests.map((r, i) => taken[i] ?? wpFetch(r))) as Promise<Answers<R>>;
  if ((together.length < 2 && !then) || together.length > BUNDLE_MAX || Date.now() < unavailableUntil) {
    return alone();
  }
  const templates = then ? then(FOLLOW_UP_PLACEHOLDERS) : [];
  let answers: BundleItem[];
  try {
    const { data } = await wpFetch({
      path: '/pressfront/v1/bundle',
      query: {
        requests: JSON.stringify(together.map((r) => endpointOf(r.path, r.query))),
        ...(then
          ? { then: JSON.stringify(templates.map((r) => (r ? endpointOf(r.path, r.query) : null))) }
          : {}),
      },
      schema: z.union([z.array(bundleItem), followedAnswer]),
      tags: [...new Set(together.flatMap((r) => r.tags))],
      cacheOnlyTags: then ? options.thenTags : undefined,
    });
    if (Array.isArray(data)) {
      answers = data;
    } else {
      answers = data.answers;
      if (then) keepFollowUps(earlier, then, data.then);
    }
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    unavailableUntil = Date.now() + RECHECK_MS;
    logNoticeOnce(
      'no-bundle',
      'the Pressfront Bridge plugin is not installed (or too old for /pressfront/v1/bundle): each read is a request of its own',
    );
    return alone();
  }
  if (answers.length !== together.length) {
    // Not the answer asked for: said, then each read on its own, as if there were no bundle.
    logUpstreamFailure(
      new UpstreamError(
        '/pressfront/v1/bundle',
        200,
        `${answers.length} answers to ${together.length} reads`,
      ),
    );
    return alone();
  }
  return Promise.all(
    requests.map(async (request, i) => {
      if (taken[i]) return taken[i];
      const index = together.indexOf(request);
      const answer = index >= 0 ? answers[index] : undefined;
      return (answer && asResponse(request, answer)) ?? wpFetch(request);
    }),
  ) as Promise<Answers<R>>;
}

/** A good answer to this read, validated by its own schema, or null. */
function asResponse<S extends z.ZodType>(
  request: WpRequest<S>,
  answer: BundleItem,
): WpResponse<z.infer<S>> | null {
  if (answer.status !== 200) return null;
  const parsed = request.schema.safeParse(answer.body);
  if (!parsed.success) return null;
  const headers = new Headers();
  if (answer.total !== null) headers.set('X-WP-Total', String(answer.total));
  if (answer.total_pages !== null) headers.set('X-WP-TotalPages', String(answer.total_pages));
  return { data: parsed.data, headers };
}

function keepFollowUps(
  earlier: Map<string, BundleItem>,
  then: FollowUps,
  followed: z.infer<typeof followedAnswer>['then'],
): void {
  const { id, local_date: localDate, category } = followed.values;
  if (id === null) return;
  then({ id, localDate, category }).forEach((request, i) => {
    const answer = followed.answers[i];
    if (request && answer?.status === 200) earlier.set(endpointOf(request.path, request.query), answer);
  });
}

/** This read's answer from an earlier bundle's follow-ups in this render, told to observers as a read. */
async function takeEarlier<S extends z.ZodType>(
  earlier: Map<string, BundleItem>,
  request: WpRequest<S>,
): Promise<WpResponse<z.infer<S>> | undefined> {
  const answer = earlier.get(endpointOf(request.path, request.query));
  const response = answer && asResponse(request, answer);
  if (!response) return undefined;
  await tellRead([tagNames.all, ...request.tags], false);
  return response;
}
