import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { SubscribeForm } from '@/components/subscribe/subscribe-form';
import { subscribeFormLabels } from '@/components/subscribe/subscribe-form-labels';
import { SubscribePanel } from '@/components/subscribe/subscribe-panel';
import { getSiteOrFallback } from '@/server/routing/request-site';
import { decodeFlash, FLASH_COOKIE } from '@/lib/subscribe/flash';
import { subscribeAnswer } from '@/lib/subscribe/result';
import { getRequestTheme } from '@/app/_theme/request-theme';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTheme();
  return { title: t('subscribePage.title'), robots: { index: false } };
}

// The subscribe page: where the form lands without JavaScript (its result kept in a short-lived
// cookie), and a page of its own for menus and links.
export default async function SubscribePage() {
  const [site, { t }, jar] = await Promise.all([getSiteOrFallback(), getRequestTheme(), cookies()]);
  const flash = decodeFlash(jar.get(FLASH_COOKIE)?.value);
  const answer = flash ? subscribeAnswer(flash.result, t) : null;
  if (flash && answer?.status === 'pending') {
    return (
      <SubscribePanel title={t('subscribePage.inbox')} backTo={flash.returnTo} t={t}>
        <p role="status">{answer.message}</p>
        <p className="text-small text-muted">{t('subscribePage.spam')}</p>
      </SubscribePanel>
    );
  }
  return (
    <SubscribePanel
      title={t('subscribePage.heading', { site: site.name })}
      backTo={flash?.returnTo ?? '/'}
      t={t}
    >
      <p>{t('subscribe.pitch')}</p>
      <SubscribeForm
        source={0}
        initial={flash ? { email: flash.email, answer } : undefined}
        labels={subscribeFormLabels(t)}
      />
    </SubscribePanel>
  );
}
