import type { Metadata } from 'next';
import { getSiteOrFallback } from '@/lib/routing/site';
import { getActiveTheme } from '@/themes/registry';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default async function NotFound() {
  const site = await getSiteOrFallback();
  const { notFound: Template } = getActiveTheme().templates;
  return <Template site={site} />;
}
