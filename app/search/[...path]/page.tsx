import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { loadSearch } from '@/server/routing/front';
import { searchPathQuery } from '@/server/routing/search-query';
import { splitPaging } from '@/server/routing/translate-error';
import { viewMetadata } from '@/server/seo/metadata';

interface Props {
  params: Promise<{ path: string[] }>;
}

async function load({ params }: Props) {
  const { segments, page } = splitPaging((await params).path);
  return loadSearch(searchPathQuery(segments), page);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { site, view } = await load(props);
  return viewMetadata(site, view);
}

/** WordPress's pretty search URL, `/search/{terms}/` (and `/page/N/`): the same results as `/?s=`. */
export default async function SearchPathPage(props: Props) {
  const { site, view } = await load(props);
  return renderView(site, view);
}
