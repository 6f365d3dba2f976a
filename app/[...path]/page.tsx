import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { loadPath } from '@/server/routing/path';
import { getSiteOrFallback } from '@/server/routing/request-site';
import { viewMetadata } from '@/server/seo/metadata';

interface Props {
  params: Promise<{ path: string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, view] = await Promise.all([getSiteOrFallback(), loadPath((await params).path)]);
  return viewMetadata(site, view);
}

/** Posts and pages under the site's permalink structure, and date archives. */
export default async function PathPage({ params }: Props) {
  const [site, view] = await Promise.all([getSiteOrFallback(), loadPath((await params).path)]);
  return renderView(site, view);
}
