import type { ArchiveTemplateProps } from '@/themes/types';
import { getArchivePosts, getAuthorBySlug, getTermByPath, NotFoundError } from '../wordpress';
import { loadOrNotFound, splitPaging } from './translate-error';

export type ArchiveKind = ArchiveTemplateProps['archive']['kind'];

/** Loads a category, tag or author archive page from its catch-all route segments. */
export async function loadArchive(
  kind: ArchiveKind,
  rawSegments: string[],
): Promise<Pick<ArchiveTemplateProps, 'archive' | 'posts'>> {
  const { segments, page } = splitPaging(rawSegments);
  return loadOrNotFound(async () => {
    if (kind === 'author') {
      if (segments.length !== 1) throw new NotFoundError(`author ${rawSegments.join('/')}`);
      const author = await getAuthorBySlug(segments[0] ?? '');
      const posts = await getArchivePosts('author', author.id, page);
      return {
        archive: { kind, title: author.name, description: author.description, path: author.path },
        posts,
      };
    }
    const base = kind === 'category' ? 'category' : 'tag';
    const term = await getTermByPath(
      kind === 'category' ? 'category' : 'post_tag',
      `/${base}/${segments.join('/')}/`,
    );
    const posts = await getArchivePosts(kind === 'category' ? 'categories' : 'tags', term.id, page);
    return { archive: { kind, title: term.name, description: term.description, path: term.path }, posts };
  });
}
