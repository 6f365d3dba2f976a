import type { FieldErrors } from './fields';
import type { SubscribeResult } from './result';

// Without JavaScript the form is a plain POST answered with a redirect to /subscribe/: what the
// reader typed and what went wrong ride along in a short-lived cookie, never in the URL.

export const FLASH_COOKIE = 'pf-subscribe';
export const FLASH_MAX_AGE_SECONDS = 120;

export interface Flash {
  result: SubscribeResult;
  email: string;
  returnTo: string;
}

export function encodeFlash(flash: Flash): string {
  return Buffer.from(JSON.stringify(flash)).toString('base64url');
}

export function decodeFlash(value: string | undefined): Flash | null {
  if (!value || value.length > 3000) return null;
  try {
    const data = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Flash>;
    if (typeof data.email !== 'string' || typeof data.returnTo !== 'string') return null;
    const result = data.result as SubscribeResult | undefined;
    if (!result || typeof result.status !== 'string') return null;
    if (result.status === 'invalid' && typeof result.errors !== 'object') return null;
    return {
      result:
        result.status === 'invalid'
          ? { status: 'invalid', errors: pickErrors(result.errors) }
          : result.status === 'rate-limited'
            ? { status: 'rate-limited', retryAfterSeconds: Number(result.retryAfterSeconds) || 3600 }
            : ({ status: result.status } as SubscribeResult),
      email: data.email.slice(0, 191),
      returnTo: data.returnTo,
    };
  } catch {
    return null;
  }
}

function pickErrors(errors: FieldErrors): FieldErrors {
  const picked: FieldErrors = {};
  if (errors.email === 'missing' || errors.email === 'invalid') picked.email = errors.email;
  if (errors.consent === 'missing') picked.consent = errors.consent;
  return picked;
}
