import type { Metadata } from 'next';
import { loadOrNotFound } from '@/lib/routing/translate-error';
import { getSingularBySlug, getSite } from '@/lib/wordpress';
import { getActiveTheme } from '@/themes/registry';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await loadOrNotFound(() => getSingularBySlug(slug));
  const item = found.kind === 'post' ? found.post : found.page;
  return {
    title: item.title,
    description: found.kind === 'post' ? found.post.excerpt : undefined,
  };
}

export default async function SingularPage({ params }: Props) {
  const { slug } = await params;
  const [site, found] = await loadOrNotFound(() => Promise.all([getSite(), getSingularBySlug(slug)]));
  const { single: Single, page: PageTemplate } = getActiveTheme().templates;
  return found.kind === 'post' ? (
    <Single site={site} post={found.post} />
  ) : (
    <PageTemplate site={site} page={found.page} />
  );
}
