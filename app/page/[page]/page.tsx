import type { Metadata } from 'next';
import { loadOrNotFound, parsePageParam } from '@/lib/routing/translate-error';
import { getLatestPosts, getSite } from '@/lib/wordpress';
import { getActiveTheme } from '@/themes/registry';

interface Props {
  params: Promise<{ page: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Page ${parsePageParam((await params).page)}` };
}

export default async function HomePageN({ params }: Props) {
  const page = parsePageParam((await params).page);
  const [site, posts] = await loadOrNotFound(() => Promise.all([getSite(), getLatestPosts(page)]));
  const { home: Home } = getActiveTheme().templates;
  return <Home site={site} sticky={[]} posts={posts} />;
}
