import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { renderView } from '@/app/_theme/render-view';
import { getRequestTheme } from '@/app/_theme/request-theme';
import { UnavailableNotice } from '@/components/unavailable-notice';
import { INNER_REQUEST_HEADER } from '@/server/routing/inner-request';
import { getSiteOrFallback } from '@/server/routing/request-site';

// A status page rendered on the server, for reader documents. Next renders its not-found and error
// boundaries in the browser — the HTML of a 404 or a failed render holds an empty body and the
// React payload — so a document, which has no runtime, would be blank. The proxy asks this route,
// with the reader's request, for the page to send with that status instead
// (server/page-cache/status-document.ts). It answers the proxy's own requests only.

interface Props {
  params: Promise<{ status: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getRequestTheme();
  const title = (await params).status === '404' ? t('notFound.title') : t('errorPage.title');
  return { title, robots: { index: false } };
}

export default async function StatusPage({ params }: Props) {
  const [{ status }, requestHeaders] = await Promise.all([params, headers()]);
  if (!requestHeaders.has(INNER_REQUEST_HEADER)) notFound();
  if (status === '404') return renderView(await getSiteOrFallback(), { kind: '404' });
  if (status !== '503') notFound();
  const { t } = await getRequestTheme();
  return (
    <UnavailableNotice
      text={{ kicker: t('errorPage.kicker'), title: t('errorPage.title'), body: t('errorPage.body') }}
      retry={
        // The page's own address: following it asks again.
        <a
          href=""
          className="inline-block rounded-button bg-button px-4 py-2 font-semibold text-button-fg hover:opacity-90"
        >
          {t('errorPage.retry')}
        </a>
      }
    />
  );
}
