import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { frontPageTitle, loadFrontPage } from '@/lib/routing/front';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const title = frontPageTitle(await searchParams, 1);
  return title ? { title } : {};
}

/** The front page: latest posts, sticky first; or, with ?s=, search results (as in WordPress). */
export default async function HomePage({ searchParams }: Props) {
  const { site, view } = await loadFrontPage(await searchParams, 1);
  return renderView(site, view);
}
