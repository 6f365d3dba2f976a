import { signedHeaders } from '@/lib/signing';
import type { SignUp, SignUpOutcome } from '@/lib/wordpress';

/** The webhook answered in a way that is not a yes or a reader's mistake: try again later. */
export class WebhookError extends Error {
  override name = 'WebhookError';
}

/**
 * Hands a sign-up to an external newsletter service: one JSON POST, signed like our other
 * server-to-server requests when a secret is set. The service confirms the address itself.
 */
export async function postSignUpToWebhook(
  url: string,
  signUp: SignUp,
  options: { secret: string | null; timeoutMs: number },
): Promise<SignUpOutcome> {
  const body = JSON.stringify({
    event: 'subscriber.signed_up',
    email: signUp.email,
    consentText: signUp.consentText,
    sourcePost: signUp.sourcePost || null,
    site: signUp.frontendUrl,
    at: new Date().toISOString(),
  });
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.secret) Object.assign(headers, signedHeaders('subscribers', body, options.secret));
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'error',
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new WebhookError(
      `subscribe webhook unreachable: ${error instanceof Error ? error.message : error}`,
      {
        cause: error,
      },
    );
  }
  await response.body?.cancel();
  if (response.ok) return { kind: 'accepted' };
  if (response.status === 429) {
    const wait = Number(response.headers.get('retry-after'));
    return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(wait) && wait > 0 ? wait : 3600 };
  }
  if (response.status === 400 || response.status === 422) return { kind: 'invalid-email' };
  throw new WebhookError(`subscribe webhook answered ${response.status}`);
}
