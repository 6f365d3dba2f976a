import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { searchQuery } from '@/lib/routing/search';
import { loadOrNotFound, parsePageParam } from '@/lib/routing/translate-error';
import { getLatestPosts, getSite, searchPosts } from '@/lib/wordpress';

interface Props {
  params: Promise<{ page: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  const query = searchQuery(await searchParams);
  return { title: query === null ? `Page ${page}` : `Search results for “${query}” – Page ${page}` };
}

/** Page n of the front page's listing, or of a search. */
export default async function HomePageN({ params, searchParams }: Props) {
  const page = parsePageParam((await params).page);
  const query = searchQuery(await searchParams);
  if (query !== null) {
    const [site, posts] = await loadOrNotFound(() => Promise.all([getSite(), searchPosts(query, page)]));
    return renderView(site, { kind: 'search', query, posts });
  }
  const [site, posts] = await loadOrNotFound(() => Promise.all([getSite(), getLatestPosts(page)]));
  return renderView(site, { kind: 'home', sticky: [], posts });
}
