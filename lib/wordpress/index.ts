// The data layer's public face: getters returning Pressfront types, and the errors they throw.
export { getArchivePosts, getAuthorBySlug, getTermByPath, type PostFilter } from './archives';
export { NotFoundError, UpstreamError } from './errors';
export { getSections } from './navigation';
export { getPageBySlug } from './pages';
export { getSingularBySlug, type Singular } from './singular';
export { getLatestPosts, getPostBySlug, getStickyPosts, POSTS_PER_PAGE } from './posts';
export { searchPosts } from './search';
export { fallbackSite, getSite } from './site';
export { tags } from './tags';
export type {
  Author,
  Media,
  NavItem,
  Page,
  PageInfo,
  Paginated,
  Post,
  PostSummary,
  Site,
  Term,
} from './types';
