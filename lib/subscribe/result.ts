import type { FieldErrors } from './fields';

/** What became of one sign-up, as the API answers it and the form shows it. */
export type SubscribeResult =
  | { status: 'pending' }
  | { status: 'invalid'; errors: FieldErrors }
  | { status: 'rate-limited'; retryAfterSeconds: number }
  | { status: 'too-large' }
  | { status: 'unavailable' };

export const httpStatus: Record<SubscribeResult['status'], number> = {
  pending: 202,
  invalid: 400,
  'rate-limited': 429,
  'too-large': 413,
  unavailable: 503,
};

/** The sentence a reader sees. Pending reads the same for new, pending and confirmed addresses. */
export function resultMessage(result: SubscribeResult): string {
  switch (result.status) {
    case 'pending':
      return 'Almost done: we have sent you an email. Open the link in it to confirm your subscription.';
    case 'invalid':
      return 'Please check the form: ' + Object.values(result.errors).join(' ');
    case 'rate-limited':
      return `Too many attempts. Please try again in ${waitInWords(result.retryAfterSeconds)}.`;
    case 'too-large':
      return 'That was more than a subscribe form sends. Please try again.';
    case 'unavailable':
      return 'We could not reach our subscription service just now. Nothing was lost: please try again in a minute.';
  }
}

function waitInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}
