import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { loadOrNotFound } from '@/lib/routing/translate-error';
import { searchQuery } from '@/lib/routing/search';
import { getLatestPosts, getSite, getStickyPosts, searchPosts } from '@/lib/wordpress';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = searchQuery(await searchParams);
  return query === null ? {} : { title: query ? `Search results for “${query}”` : 'Search' };
}

/** The front page: latest posts, sticky first; or, with ?s=, search results (as in WordPress). */
export default async function HomePage({ searchParams }: Props) {
  const query = searchQuery(await searchParams);
  if (query !== null) {
    const [site, posts] = await loadOrNotFound(() => Promise.all([getSite(), searchPosts(query, 1)]));
    return renderView(site, { kind: 'search', query, posts });
  }
  const [site, sticky, posts] = await loadOrNotFound(() =>
    Promise.all([getSite(), getStickyPosts(), getLatestPosts(1)]),
  );
  return renderView(site, { kind: 'home', sticky, posts });
}
