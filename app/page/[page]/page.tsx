import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { loadFrontPage } from '@/server/routing/front';
import { parsePageParam } from '@/server/routing/translate-error';
import { viewMetadata } from '@/server/seo/metadata';

interface Props {
  params: Promise<{ page: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load({ params, searchParams }: Props) {
  return loadFrontPage(await searchParams, parsePageParam((await params).page));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { site, view } = await load(props);
  return viewMetadata(site, view);
}

/** Page n of the front page's listing, or of a search. */
export default async function HomePageN(props: Props) {
  const { site, view } = await load(props);
  return renderView(site, view);
}
