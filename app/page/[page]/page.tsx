import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { frontPageTitle, loadFrontPage } from '@/lib/routing/front';
import { parsePageParam } from '@/lib/routing/translate-error';

interface Props {
  params: Promise<{ page: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return { title: frontPageTitle(await searchParams, parsePageParam((await params).page)) };
}

/** Page n of the front page's listing, or of a search. */
export default async function HomePageN({ params, searchParams }: Props) {
  const { site, view } = await loadFrontPage(await searchParams, parsePageParam((await params).page));
  return renderView(site, view);
}
