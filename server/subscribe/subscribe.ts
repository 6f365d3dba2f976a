import type { SubscribeFields } from '@/lib/subscribe/fields';
import type { SubscribeProvider } from './provider';
import type { SubscribeResult } from '@/lib/subscribe/result';
import { log } from '@/lib/log';

export interface SignUpContext {
  /** The reader's address, when known. */
  ip: string | null;
  /** This site's public origin: the links in the mails lead there. */
  origin: string;
  /** The consent line the form showed, in the site's language: stored word for word. */
  consentText: string;
}

/**
 * One sign-up, from checked fields to what the reader is told. A filled honeypot is answered like
 * a success (a bot learns nothing) and goes nowhere. A provider that cannot be reached is logged
 * with the address, so the attempt can be completed by hand: nothing a reader sent is dropped unseen.
 */
export async function signUp(
  fields: SubscribeFields,
  bot: boolean,
  context: SignUpContext,
  provider: SubscribeProvider,
): Promise<SubscribeResult> {
  if (bot) {
    logSubscribe('notice', { event: 'honeypot', provider: provider.name, sourcePost: fields.source });
    return { status: 'pending' };
  }
  try {
    const outcome = await provider.signUp({
      email: fields.email,
      consentText: context.consentText,
      sourcePost: fields.source,
      frontendUrl: context.origin,
      ip: context.ip,
    });
    switch (outcome.kind) {
      case 'accepted':
        return { status: 'pending' };
      case 'invalid-email':
        return { status: 'invalid', errors: { email: 'invalid' } };
      case 'rate-limited':
        return { status: 'rate-limited', retryAfterSeconds: outcome.retryAfterSeconds };
    }
  } catch (error) {
    logSubscribe('error', {
      event: 'sign-up-failed',
      provider: provider.name,
      email: fields.email,
      sourcePost: fields.source,
      message: error instanceof Error ? error.message : String(error),
    });
    return { status: 'unavailable' };
  }
}

function logSubscribe(level: 'error' | 'notice', entry: Record<string, unknown>): void {
  log(level, 'subscribe', entry);
}
