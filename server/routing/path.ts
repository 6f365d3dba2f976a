import { notFound, permanentRedirect } from 'next/navigation';
import type { View } from '@/lib/wordpress';
import {
  getBlogPage,
  getContentModel,
  getDatePosts,
  getTermEntries,
  getTypeArchive,
  getPostSurroundings,
  getReadingSettings,
  getSite,
  NotFoundError,
  type Post,
  type Resolution,
  resolvePath,
  unlockPost,
} from '@/lib/wordpress';
import { datePeriodPath, datePeriodTitle, parseDatePeriod } from './date-archive';
import { readPostPassword } from './post-password';
import { loadOrNotFound, parsePageParam, splitPaging } from './translate-error';

/**
 * Everything the named routes (/category/…, /tag/…, /author/…, /search/…) do not take: date
 * archives (`/2026/11/`, with paging), posts and pages under whatever permalink structure the site
 * uses (with WordPress's `/comment-page-N/` for long comment threads), and the posts page of a
 * site with a static front page. A non-canonical path for an object is a 308 to its canonical one.
 */
export async function loadPath(rawSegments: string[]): Promise<View> {
  const { segments: withComments, page } = splitPaging(rawSegments);
  const { segments, commentPage } = splitCommentPage(withComments);
  if (commentPage > 1 && page > 1) notFound();
  const period = commentPage === 1 ? parseDatePeriod(segments) : null;
  const loaded = await loadOrNotFound(async (): Promise<View | { kind: 'redirect'; to: string }> => {
    if (period) {
      const [posts, settings] = await Promise.all([
        getDatePosts(period.year, period.month, period.day, page),
        getReadingSettings(),
      ]);
      const path = datePeriodPath(period);
      const archive = {
        kind: 'date' as const,
        id: 0,
        slug: path.slice(1, -1).replace(/\//g, '-'),
        title: datePeriodTitle(period, settings.language),
        description: '',
        path,
      };
      return { kind: 'archive', archive, posts };
    }
    const [resolution, settings] = await Promise.all([
      resolvePath(`/${segments.join('/')}/`),
      getReadingSettings(),
    ]);
    const { frontPage } = settings;
    if (resolution.kind === 'redirect') return resolution;
    if (resolution.kind === 'type-archive' || resolution.kind === 'term') {
      if (commentPage > 1) throw new NotFoundError(`path ${rawSegments.join('/')}`);
      return loadRegisteredArchive(resolution, page);
    }
    if (resolution.kind === 'page') {
      if (frontPage.kind === 'page' && resolution.page.id === frontPage.pageId)
        return { kind: 'redirect', to: '/' };
      if (frontPage.kind === 'page' && resolution.page.id === frontPage.postsPageId && commentPage === 1) {
        const { sticky, posts } = await getBlogPage(page);
        return { kind: 'home', sticky, posts, path: resolution.page.path, isFrontPage: false };
      }
    }
    // Posts and pages have no /page/N/ of their own.
    if (page > 1) throw new NotFoundError(`path ${rawSegments.join('/')}`);
    if (resolution.kind === 'page') {
      if (commentPage > 1) throw new NotFoundError(`path ${rawSegments.join('/')}`);
      return { kind: 'singular', entry: { type: 'page', page: resolution.page } };
    }
    // Items of other types have no neighbours, related posts or comments of Pressfront's.
    if (resolution.post.type !== 'post') {
      if (commentPage > 1) throw new NotFoundError(`path ${rawSegments.join('/')}`);
      return { kind: 'singular', entry: { type: 'post', post: resolution.post } };
    }
    return loadPostView(resolution.post, commentPage);
  });
  if (loaded.kind === 'redirect') permanentRedirect(loaded.to);
  return loaded;
}

/** A post type's archive or a term's, of a type or taxonomy a plugin registered. */
async function loadRegisteredArchive(
  resolution: Extract<Resolution, { kind: 'type-archive' | 'term' }>,
  page: number,
): Promise<View> {
  const model = await getContentModel();
  if (resolution.kind === 'type-archive') {
    const { type } = resolution;
    const posts = await getTypeArchive(type, page, model);
    const archive = {
      kind: 'post-type' as const,
      id: 0,
      slug: type.name,
      title: type.label,
      description: '',
      path: type.archivePath ?? '/',
      contentName: type.name,
    };
    return { kind: 'archive', archive, posts };
  }
  const { taxonomy, term } = resolution;
  const posts = await getTermEntries(taxonomy, term.id, page, model);
  const archive = {
    kind: 'taxonomy' as const,
    id: term.id,
    slug: term.slug,
    title: term.name,
    description: term.description,
    path: term.path,
    contentName: taxonomy.name,
    label: taxonomy.singularLabel,
  };
  return { kind: 'archive', archive, posts };
}

/** A single post with what goes around it: comments, neighbours, related posts; or its password form. */
async function loadPostView(found: Post, commentPage: number): Promise<View> {
  let post = found;
  let password: string | null = null;
  if (post.passwordProtected) {
    password = await readPostPassword(post.id);
    const unlocked = password ? await unlockPost(post.id, password) : null;
    if (!unlocked) return { kind: 'singular', entry: { type: 'post', post }, locked: true };
    post = unlocked;
  }
  const site = await getSite();
  const { comments, related } = await getPostSurroundings(post, site.timeZone, commentPage, password);
  if (commentPage > comments.totalPages) throw new NotFoundError(`comment page ${commentPage}`);
  return { kind: 'singular', entry: { type: 'post', post }, comments, related };
}

/** `…/comment-page-2/` (WordPress's URL for page 2 of a post's comments) split off a path. */
function splitCommentPage(segments: string[]): { segments: string[]; commentPage: number } {
  const last = segments.at(-1) ?? '';
  const match = /^comment-page-(.+)$/.exec(last);
  if (!match || segments.length < 2) return { segments, commentPage: 1 };
  return { segments: segments.slice(0, -1), commentPage: parsePageParam(match[1] ?? '') };
}
