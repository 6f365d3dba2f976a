import { z } from 'zod';
import { wpFetch } from './client';
import { RefusedError } from './errors';

// The companion plugin's subscriber list (pressfront/v1/subscribers). Every call is signed with the
// shared secret: the plugin answers the frontend and nobody else.

export interface SignUp {
  email: string;
  /** The consent line the reader saw, stored with the subscriber. */
  consentText: string;
  /** The post the form was on, or 0. */
  sourcePost: number;
  /** Where the links in the plugin's mails lead: this site's public origin. */
  frontendUrl: string;
  /** The reader's address, for the plugin's per-address limit; null when unknown. */
  ip: string | null;
}

export type SignUpOutcome =
  { kind: 'accepted' } | { kind: 'invalid-email' } | { kind: 'rate-limited'; retryAfterSeconds: number };

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'expired' | 'unknown';
export type UnsubscribeOutcome = 'unsubscribed' | 'already-unsubscribed' | 'unknown';

const accepted = z.object({ status: z.literal('accepted') });
const confirmed = z.object({ status: z.enum(['confirmed', 'already-confirmed', 'expired', 'unknown']) });
const unsubscribed = z.object({ status: z.enum(['unsubscribed', 'already-unsubscribed', 'unknown']) });

/**
 * Asks the plugin to add a subscriber. It answers alike for new, pending and confirmed addresses
 * (so no one learns who subscribed) and mails a confirmation link when one is due.
 */
export async function signUpSubscriber(signUp: SignUp): Promise<SignUpOutcome> {
  try {
    await wpFetch({
      path: '/pressfront/v1/subscribers',
      body: {
        email: signUp.email,
        consentText: signUp.consentText,
        sourcePost: signUp.sourcePost,
        frontendUrl: signUp.frontendUrl,
        ip: signUp.ip ?? '',
      },
      signedAs: 'subscribers',
      schema: accepted,
      tags: [],
      refusals: ['pressfront_invalid_email', 'pressfront_rate_limited'],
    });
    return { kind: 'accepted' };
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    if (error.code === 'pressfront_invalid_email') return { kind: 'invalid-email' };
    const wait = Number(error.data.retry_after);
    return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(wait) && wait > 0 ? wait : 3600 };
  }
}

/** Confirms the address a confirmation link was mailed to (single use; links expire). */
export async function confirmSubscriber(token: string): Promise<ConfirmOutcome> {
  const { data } = await wpFetch({
    path: '/pressfront/v1/subscribers/confirm',
    body: { token },
    signedAs: 'subscribers',
    schema: confirmed,
    tags: [],
  });
  return data.status;
}

/** Ends a subscription from the link in any mail: one request, no questions. */
export async function unsubscribeSubscriber(token: string): Promise<UnsubscribeOutcome> {
  const { data } = await wpFetch({
    path: '/pressfront/v1/subscribers/unsubscribe',
    body: { token },
    signedAs: 'subscribers',
    schema: unsubscribed,
    tags: [],
  });
  return data.status;
}
