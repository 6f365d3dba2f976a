import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { loadOrNotFound } from '@/lib/routing/translate-error';
import { getSingularBySlug, getSite } from '@/lib/wordpress';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await loadOrNotFound(() => getSingularBySlug(slug));
  return found.kind === 'post'
    ? { title: found.post.title, description: found.post.excerpt }
    : { title: found.page.title };
}

export default async function SingularPage({ params }: Props) {
  const { slug } = await params;
  const [site, found] = await loadOrNotFound(() => Promise.all([getSite(), getSingularBySlug(slug)]));
  const entry =
    found.kind === 'post'
      ? { type: 'post' as const, post: found.post }
      : { type: 'page' as const, page: found.page };
  return renderView(site, { kind: 'singular', entry });
}
