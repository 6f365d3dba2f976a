import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubscribeForm } from '@/components/subscribe/subscribe-form';
import { subscribeFormLabels } from '@/components/subscribe/subscribe-form-labels';
import { SubscribePanel } from '@/components/subscribe/subscribe-panel';
import { followMailLink, type TokenParams } from '@/lib/subscribe/mail-link';
import { getSubscribeProvider } from '@/server/subscribe/provider';
import { getRequestTheme } from '@/app/_theme/request-theme';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTheme();
  return { title: t('confirmPage.title'), robots: { index: false } };
}

const TOKEN = /^[0-9a-f]{64}$/;

// The link in the confirmation mail. Opening it confirms: one click, as readers expect of a
// double opt-in; the token works once and for 48 hours.
export default async function ConfirmPage({ searchParams }: { searchParams: TokenParams }) {
  const provider = getSubscribeProvider();
  if (!provider.confirm) notFound();
  const [outcome, { t }] = await Promise.all([
    followMailLink(searchParams, TOKEN, provider.confirm),
    getRequestTheme(),
  ]);
  switch (outcome) {
    case 'confirmed':
      return (
        <SubscribePanel title={t('confirmPage.confirmed')} t={t}>
          <p role="status">{t('confirmPage.confirmedBody')}</p>
          <p className="text-small text-muted">{t('confirmPage.confirmedNote')}</p>
        </SubscribePanel>
      );
    case 'already-confirmed':
      return (
        <SubscribePanel title={t('confirmPage.already')} t={t}>
          <p role="status">{t('confirmPage.alreadyBody')}</p>
        </SubscribePanel>
      );
    case 'unavailable':
      return (
        <SubscribePanel title={t('confirmPage.unavailable')} t={t}>
          <p role="alert">{t('confirmPage.unavailableBody')}</p>
        </SubscribePanel>
      );
    case 'expired':
    case 'unknown':
      return (
        <SubscribePanel
          title={outcome === 'expired' ? t('confirmPage.expired') : t('mailLink.unknown')}
          t={t}
        >
          <p role="alert">
            {outcome === 'expired' ? t('confirmPage.expiredBody') : t('confirmPage.unknownBody')}
          </p>
          <SubscribeForm source={0} labels={subscribeFormLabels(t)} />
        </SubscribePanel>
      );
  }
}
