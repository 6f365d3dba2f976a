import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubscribeForm } from '@/components/subscribe/subscribe-form';
import { SubscribePanel } from '@/components/subscribe/subscribe-panel';
import { followMailLink, type TokenParams } from '@/lib/subscribe/mail-link';
import { getSubscribeProvider } from '@/lib/subscribe/provider';

export const metadata: Metadata = { title: 'Confirm your subscription', robots: { index: false } };

const TOKEN = /^[0-9a-f]{64}$/;

// The link in the confirmation mail. Opening it confirms: one click, as readers expect of a
// double opt-in; the token works once and for 48 hours.
export default async function ConfirmPage({ searchParams }: { searchParams: TokenParams }) {
  const provider = getSubscribeProvider();
  if (!provider.confirm) notFound();
  const outcome = await followMailLink(searchParams, TOKEN, provider.confirm);
  switch (outcome) {
    case 'confirmed':
      return (
        <SubscribePanel title="You’re subscribed">
          <p role="status">Thank you! Your subscription is confirmed; new stories will come to your inbox.</p>
          <p className="text-small text-muted">Every email has a link to unsubscribe with one click.</p>
        </SubscribePanel>
      );
    case 'already-confirmed':
      return (
        <SubscribePanel title="You’re already subscribed">
          <p role="status">
            This link has been used: your subscription was confirmed before. Nothing more to do.
          </p>
        </SubscribePanel>
      );
    case 'unavailable':
      return (
        <SubscribePanel title="We couldn’t confirm just now">
          <p role="alert">
            Our subscription service did not answer. Your link still works: open it again in a few minutes.
          </p>
        </SubscribePanel>
      );
    case 'expired':
    case 'unknown':
      return (
        <SubscribePanel title={outcome === 'expired' ? 'This link has expired' : 'This link does not work'}>
          <p role="alert">
            {outcome === 'expired'
              ? 'Confirmation links work for 48 hours. Sign up again and we will send you a fresh one.'
              : 'It may be incomplete — mail programs sometimes cut long links. Sign up again for a fresh one.'}
          </p>
          <SubscribeForm source={0} />
        </SubscribePanel>
      );
  }
}
