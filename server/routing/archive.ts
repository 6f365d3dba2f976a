import type { View } from '@/lib/wordpress';
import { getArchivePosts, getAuthorBySlug, getTermByPath, NotFoundError } from '@/lib/wordpress';
import { loadOrNotFound, splitPaging } from './translate-error';

export type ArchiveKind = 'category' | 'tag' | 'author';
type ArchiveView = Extract<View, { kind: 'archive' }>;

/** Loads a category, tag or author archive page from its catch-all route segments. */
export async function loadArchive(kind: ArchiveKind, rawSegments: string[]): Promise<ArchiveView> {
  const { segments, page } = splitPaging(rawSegments);
  return loadOrNotFound(async () => {
    if (kind === 'author') {
      if (segments.length !== 1) throw new NotFoundError(`author ${rawSegments.join('/')}`);
      const author = await getAuthorBySlug(segments[0] ?? '');
      const posts = await getArchivePosts('author', author.id, page);
      const { id, slug, name: title, description, path, avatarUrl } = author;
      return { kind: 'archive', archive: { kind, id, slug, title, description, path, avatarUrl }, posts };
    }
    const taxonomy = kind === 'category' ? 'category' : 'post_tag';
    const term = await getTermByPath(taxonomy, `/${kind}/${segments.join('/')}/`, page);
    const posts = await getArchivePosts(kind === 'category' ? 'categories' : 'tags', term.id, page);
    const { id, slug, name: title, description, path } = term;
    return { kind: 'archive', archive: { kind, id, slug, title, description, path }, posts };
  });
}
