import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { SubscribeForm } from '@/components/subscribe/subscribe-form';
import { SubscribePanel } from '@/components/subscribe/subscribe-panel';
import { getSiteOrFallback } from '@/lib/routing/site';
import { decodeFlash, FLASH_COOKIE } from '@/lib/subscribe/flash';
import { resultMessage } from '@/lib/subscribe/result';

export const metadata: Metadata = { title: 'Subscribe', robots: { index: false } };

// The subscribe page: where the form lands without JavaScript (its result kept in a short-lived
// cookie), and a page of its own for menus and links.
export default async function SubscribePage() {
  const [site, jar] = await Promise.all([getSiteOrFallback(), cookies()]);
  const flash = decodeFlash(jar.get(FLASH_COOKIE)?.value);
  if (flash?.result.status === 'pending') {
    return (
      <SubscribePanel title="Check your inbox" backTo={flash.returnTo}>
        <p role="status">{resultMessage(flash.result)}</p>
        <p className="text-small text-muted">
          Nothing there? Look in your spam folder; the link works for 48 hours.
        </p>
      </SubscribePanel>
    );
  }
  return (
    <SubscribePanel title={`Subscribe to ${site.name}`} backTo={flash?.returnTo ?? '/'}>
      <p>New stories in your inbox, once a week. No tracking, no spam.</p>
      <SubscribeForm source={0} initial={flash ? { email: flash.email, result: flash.result } : undefined} />
    </SubscribePanel>
  );
}
