import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubscribePanel } from '@/components/subscribe/subscribe-panel';
import { followMailLink, type TokenParams } from '@/lib/subscribe/mail-link';
import { getSubscribeProvider } from '@/server/subscribe/provider';
import { getRequestTheme } from '@/app/_theme/request-theme';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTheme();
  return { title: t('unsubscribePage.title'), robots: { index: false } };
}

const TOKEN = /^\d{1,20}\.[0-9a-f]{64}$/;

// The link at the foot of every mail: opening it unsubscribes, with no login and no questions.
export default async function UnsubscribePage({ searchParams }: { searchParams: TokenParams }) {
  const provider = getSubscribeProvider();
  if (!provider.unsubscribe) notFound();
  const [outcome, { t }] = await Promise.all([
    followMailLink(searchParams, TOKEN, provider.unsubscribe),
    getRequestTheme(),
  ]);
  switch (outcome) {
    case 'unsubscribed':
      return (
        <SubscribePanel title={t('unsubscribePage.done')} t={t}>
          <p role="status">{t('unsubscribePage.doneBody')}</p>
        </SubscribePanel>
      );
    case 'already-unsubscribed':
      return (
        <SubscribePanel title={t('unsubscribePage.already')} t={t}>
          <p role="status">{t('unsubscribePage.alreadyBody')}</p>
        </SubscribePanel>
      );
    case 'unavailable':
      return (
        <SubscribePanel title={t('unsubscribePage.unavailable')} t={t}>
          <p role="alert">{t('unsubscribePage.unavailableBody')}</p>
        </SubscribePanel>
      );
    case 'unknown':
      return (
        <SubscribePanel title={t('mailLink.unknown')} t={t}>
          <p role="alert">{t('unsubscribePage.unknownBody')}</p>
        </SubscribePanel>
      );
  }
}
