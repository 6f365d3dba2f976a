import { RateLimit } from './rate-limit';

// The site's limits, each named once.

/**
 * Comments per reader's address: WordPress skips its comment-flood check for administrators, and
 * the frontend posts comments with an administrator's Application Password, so the check is ours.
 */
export const commentLimit = new RateLimit({
  name: 'comments',
  limit: 5,
  windowMs: 60_000,
  countRefused: false,
});

// Sign-ups for providers that keep no list of their own (the webhook provider). With the WordPress
// provider the plugin counts attempts itself.
const HOUR = 60 * 60 * 1000;
export const subscribeAddressLimit = new RateLimit({
  name: 'subscribe-address',
  limit: 10,
  windowMs: HOUR,
  countRefused: true,
});
export const subscribeEmailLimit = new RateLimit({
  name: 'subscribe-email',
  limit: 3,
  windowMs: HOUR,
  countRefused: true,
});

/**
 * Policy reports per reader's address (app/api/csp-report): a page that trips the policy sends a
 * few; a client posting them in a loop would only fill the log. Beyond the limit they are dropped.
 */
export const cspReportLimit = new RateLimit({
  name: 'csp-reports',
  limit: 20,
  windowMs: 60_000,
  countRefused: false,
});
