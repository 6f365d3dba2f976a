import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { loadArchive, type ArchiveKind } from '@/lib/routing/archive';
import { getSiteOrFallback } from '@/lib/routing/site';

interface Props {
  params: Promise<{ path: string[] }>;
}

/** The page and metadata of a category, tag or author archive route (they differ only in kind). */
export function archiveRoute(kind: ArchiveKind) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { archive, posts } = await loadArchive(kind, (await params).path);
    const page = posts.pageInfo.page > 1 ? ` – Page ${posts.pageInfo.page}` : '';
    return { title: `${archive.title}${page}`, description: archive.description || undefined };
  }

  async function ArchivePage({ params }: Props) {
    const [site, view] = await Promise.all([getSiteOrFallback(), loadArchive(kind, (await params).path)]);
    return renderView(site, view);
  }

  return { generateMetadata, ArchivePage };
}
