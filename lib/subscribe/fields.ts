// The subscribe form's fields, shared by the form (a client component) and the server's check of
// them (form.ts). Kept apart so the browser's bundle carries these few lines, not the schema library.

/** The honeypot: a field people never see (hidden and out of the tab order); bots fill it in. */
export const HONEYPOT_FIELD = 'website_url';
export const MAX_EMAIL_LENGTH = 191;

export interface SubscribeFields {
  email: string;
  source: number;
}

/** What is wrong with a field, as a code: the words are the site's language's (result.ts). */
export interface FieldErrors {
  email?: 'missing' | 'invalid';
  consent?: 'missing';
}
