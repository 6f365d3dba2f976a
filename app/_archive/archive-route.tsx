import type { Metadata } from 'next';
import { renderView } from '@/app/_theme/render-view';
import { loadArchive, type ArchiveKind } from '@/server/routing/archive';
import { getSiteOrFallback } from '@/server/routing/request-site';
import { viewMetadata } from '@/server/seo/metadata';

interface Props {
  params: Promise<{ path: string[] }>;
}

/** The page and metadata of a category, tag or author archive route (they differ only in kind). */
export function archiveRoute(kind: ArchiveKind) {
  async function load({ params }: Props) {
    return Promise.all([getSiteOrFallback(), loadArchive(kind, (await params).path)]);
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const [site, view] = await load(props);
    return viewMetadata(site, view);
  }

  async function ArchivePage(props: Props) {
    const [site, view] = await load(props);
    return renderView(site, view);
  }

  return { generateMetadata, ArchivePage };
}
