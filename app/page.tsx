import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { loadFrontPage } from '@/server/routing/front';
import { viewMetadata } from '@/server/seo/metadata';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { site, view } = await loadFrontPage(await searchParams, 1);
  return viewMetadata(site, view);
}

/** The front page: latest posts (sticky first) or the site's static front page; with ?s=, search results. */
export default async function HomePage({ searchParams }: Props) {
  const { site, view } = await loadFrontPage(await searchParams, 1);
  return renderView(site, view);
}
