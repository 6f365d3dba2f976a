/**
 * The consent line beside every subscribe form. The plugin stores it with each subscriber, so what
 * a reader agreed to is on record word for word; change it here and new sign-ups record the new one.
 */
export const CONSENT_TEXT =
  'Send me new stories by email. I can unsubscribe with one click from any mail; my address is used for nothing else.';
