import {
  getContentModel,
  getEntryFeed,
  getFeedPosts,
  getTermByPath,
  listedType,
  NotFoundError,
  type Post,
  resolvePath,
} from '@/lib/wordpress';

/** What an archive's feed carries: the archive's name, address and words, and its latest items. */
export interface ArchiveFeed {
  name: string;
  /** The archive's page-1 path; its feed is `${path}feed/`. */
  path: string;
  description: string;
  posts: Post[];
}

/**
 * The feed of the archive at `path` (WordPress's `{archive}/feed/`): a category's or a tag's, a
 * post type's archive (`/events/feed/`) or a term of a taxonomy a plugin registered
 * (`/venue/harbour-hall/feed/`). Anything else — a post's comments feed among them — is a 404.
 */
export async function loadArchiveFeed(path: string): Promise<ArchiveFeed> {
  const [base] = path.split('/').filter(Boolean);
  if (base === 'category' || base === 'tag') {
    const term = await getTermByPath(base === 'category' ? 'category' : 'post_tag', path);
    const posts = await getFeedPosts(base === 'category' ? { categories: term.id } : { tags: term.id });
    return { name: term.name, path: term.path, description: term.description, posts };
  }
  const [resolution, model] = await Promise.all([resolvePath(path), getContentModel()]);
  if (resolution.kind === 'type-archive') {
    const { type } = resolution;
    const posts = await getEntryFeed(type, {}, model);
    return { name: type.label, path: type.archivePath ?? path, description: '', posts };
  }
  if (resolution.kind === 'term') {
    const { taxonomy, term } = resolution;
    const posts = await getEntryFeed(listedType(taxonomy, model), { [taxonomy.restBase]: term.id }, model);
    return { name: term.name, path: term.path, description: term.description, posts };
  }
  throw new NotFoundError(`feed ${path}`);
}
