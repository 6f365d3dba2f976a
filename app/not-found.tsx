import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { translator } from '@/lib/i18n/translate';
import { getSiteOrFallback } from '@/server/routing/request-site';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteOrFallback();
  return { title: translator(site.language)('notFound.title'), robots: { index: false } };
}

export default async function NotFound() {
  return renderView(await getSiteOrFallback(), { kind: '404' });
}
