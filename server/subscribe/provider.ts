import { getConfig } from '@/lib/config';
import {
  confirmSubscriber,
  type ConfirmOutcome,
  signUpSubscriber,
  type SignUp,
  type SignUpOutcome,
  unsubscribeSubscriber,
  type UnsubscribeOutcome,
} from '@/lib/wordpress';
import { subscribeAddressLimit, subscribeEmailLimit } from '../rate-limit/limits';
import { postSignUpToWebhook } from './webhook';

/** Where sign-ups go. Confirming and unsubscribing belong to providers that keep the list. */
export interface SubscribeProvider {
  name: 'wordpress' | 'webhook';
  signUp(signUp: SignUp): Promise<SignUpOutcome>;
  confirm: ((token: string) => Promise<ConfirmOutcome>) | null;
  unsubscribe: ((token: string) => Promise<UnsubscribeOutcome>) | null;
}

const wordpress: SubscribeProvider = {
  name: 'wordpress',
  signUp: signUpSubscriber,
  confirm: confirmSubscriber,
  unsubscribe: unsubscribeSubscriber,
};

/** The provider the configuration names (PRESSFRONT_SUBSCRIBE_PROVIDER). */
export function getSubscribeProvider(): SubscribeProvider {
  const config = getConfig();
  if (config.subscribe.provider === 'wordpress') return wordpress;
  const { url } = config.subscribe;
  return {
    name: 'webhook',
    async signUp(signUp) {
      // The plugin's own defaults (server/rate-limit/limits.ts), for the provider that has no plugin
      // to count for it.
      const [byAddress, byEmail] = await Promise.all([
        signUp.ip ? subscribeAddressLimit.hit(signUp.ip) : 0,
        subscribeEmailLimit.hit(signUp.email),
      ]);
      const wait = Math.max(byAddress, byEmail);
      if (wait > 0) return { kind: 'rate-limited', retryAfterSeconds: wait };
      return postSignUpToWebhook(url, signUp, {
        secret: config.bridgeSecret,
        timeoutMs: config.timeoutMs,
      });
    },
    confirm: null,
    unsubscribe: null,
  };
}
