import { z } from 'zod';
import { type FieldErrors, HONEYPOT_FIELD, MAX_EMAIL_LENGTH, type SubscribeFields } from './fields';

// The subscribe form's fields, checked on the server whatever the browser did.

export type ParsedSubscribe =
  | { ok: true; fields: SubscribeFields; bot: boolean }
  | { ok: false; errors: FieldErrors; fields: SubscribeFields };

// Plain and strict enough: one @, a dot in the domain, no spaces or angle brackets. WordPress's
// is_email() has the last word.
const emailShape = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

const fieldsSchema = z.object({
  email: z.string().trim().toLowerCase().catch(''),
  consent: z.string().catch(''),
  source: z.coerce.number().int().nonnegative().catch(0),
  [HONEYPOT_FIELD]: z.string().catch(''),
});

export function parseSubscribeForm(input: Record<string, unknown>): ParsedSubscribe {
  const raw = fieldsSchema.parse(input);
  const fields = { email: raw.email, source: raw.source };
  const errors: FieldErrors = {};
  if (!raw.email) errors.email = 'missing';
  else if (raw.email.length > MAX_EMAIL_LENGTH || !emailShape.test(raw.email)) errors.email = 'invalid';
  if (!['on', 'yes', 'true'].includes(raw.consent)) errors.consent = 'missing';
  if (Object.keys(errors).length > 0) return { ok: false, errors, fields };
  return { ok: true, fields, bot: raw[HONEYPOT_FIELD].trim() !== '' };
}
