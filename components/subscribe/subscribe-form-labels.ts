import type { Translate } from '@/lib/i18n/translate';
import type { SubscribeFormLabels } from './subscribe-form';

/** The subscribe form's words in the site's language: made on the server, handed to the form. */
export function subscribeFormLabels(t: Translate): SubscribeFormLabels {
  return {
    email: t('subscribeForm.email'),
    placeholder: t('subscribeForm.placeholder'),
    submit: t('subscribeForm.submit'),
    sending: t('subscribeForm.sending'),
    consent: t('subscribeForm.consent'),
    honeypot: t('subscribeForm.honeypot'),
    unavailable: t('subscribeResult.unavailable'),
  };
}
