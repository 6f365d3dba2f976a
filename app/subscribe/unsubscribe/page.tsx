import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubscribePanel } from '@/components/subscribe/subscribe-panel';
import { followMailLink, type TokenParams } from '@/lib/subscribe/mail-link';
import { getSubscribeProvider } from '@/lib/subscribe/provider';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

const TOKEN = /^\d{1,20}\.[0-9a-f]{64}$/;

// The link at the foot of every mail: opening it unsubscribes, with no login and no questions.
export default async function UnsubscribePage({ searchParams }: { searchParams: TokenParams }) {
  const provider = getSubscribeProvider();
  if (!provider.unsubscribe) notFound();
  const outcome = await followMailLink(searchParams, TOKEN, provider.unsubscribe);
  switch (outcome) {
    case 'unsubscribed':
      return (
        <SubscribePanel title="You’re unsubscribed">
          <p role="status">Done: we will send you no more emails. Sorry to see you go.</p>
        </SubscribePanel>
      );
    case 'already-unsubscribed':
      return (
        <SubscribePanel title="You’re already unsubscribed">
          <p role="status">This address gets no emails from us. Nothing more to do.</p>
        </SubscribePanel>
      );
    case 'unavailable':
      return (
        <SubscribePanel title="We couldn’t unsubscribe you just now">
          <p role="alert">
            Our subscription service did not answer. Please open the link again in a few minutes.
          </p>
        </SubscribePanel>
      );
    case 'unknown':
      return (
        <SubscribePanel title="This link does not work">
          <p role="alert">
            It may be incomplete — mail programs sometimes cut long links. Use the link in a newer email from
            us.
          </p>
        </SubscribePanel>
      );
  }
}
