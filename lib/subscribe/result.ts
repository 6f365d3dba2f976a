import type { MessageKey, Translate } from '../i18n/translate';
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

/** The words of each field error, in the catalogues. */
const fieldErrorMessage = {
  email: { missing: 'subscribeForm.emailMissing', invalid: 'subscribeForm.emailInvalid' },
  consent: { missing: 'subscribeForm.consentMissing' },
} as const satisfies { [F in keyof FieldErrors]-?: Record<NonNullable<FieldErrors[F]>, MessageKey> };

/** Each field's error in words, for the form to show beside the field. */
function fieldErrorTexts(errors: FieldErrors, t: Translate): Partial<Record<keyof FieldErrors, string>> {
  const texts: Partial<Record<keyof FieldErrors, string>> = {};
  if (errors.email) texts.email = t(fieldErrorMessage.email[errors.email]);
  if (errors.consent) texts.consent = t(fieldErrorMessage.consent[errors.consent]);
  return texts;
}

/** The sentence a reader sees. Pending reads the same for new, pending and confirmed addresses. */
export function resultMessage(result: SubscribeResult, t: Translate): string {
  switch (result.status) {
    case 'pending':
      return t('subscribeResult.pending');
    case 'invalid':
      return t('subscribeResult.invalid', {
        errors: Object.values(fieldErrorTexts(result.errors, t)).join(' '),
      });
    case 'rate-limited':
      return t('subscribeResult.rateLimited', {
        count: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)),
      });
    case 'too-large':
      return t('subscribeResult.tooLarge');
    case 'unavailable':
      return t('subscribeResult.unavailable');
  }
}

/** What the API answers and the form shows: the result with its words in the site's language. */
export type SubscribeAnswer = SubscribeResult & {
  message: string;
  fieldErrors: Partial<Record<keyof FieldErrors, string>>;
};

export function subscribeAnswer(result: SubscribeResult, t: Translate): SubscribeAnswer {
  return {
    ...result,
    message: resultMessage(result, t),
    fieldErrors: result.status === 'invalid' ? fieldErrorTexts(result.errors, t) : {},
  };
}
