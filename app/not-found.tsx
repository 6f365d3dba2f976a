import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { getSiteOrFallback } from '@/lib/routing/site';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default async function NotFound() {
  return renderView(await getSiteOrFallback(), { kind: '404' });
}
