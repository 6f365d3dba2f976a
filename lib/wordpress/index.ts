// The data layer's public face: getters returning Pressfront types, and the errors they throw.
export {
  getArchivePosts,
  getAuthorBySlug,
  getDatePosts,
  getTermByPath,
  type DatePeriod,
  type PostFilter,
} from './archives';
export { THREADS_PER_PAGE } from './comments';
export { getPostSurroundings } from './post-surroundings';
export {
  confirmSubscriber,
  signUpSubscriber,
  unsubscribeSubscriber,
  type ConfirmOutcome,
  type SignUp,
  type SignUpOutcome,
  type UnsubscribeOutcome,
} from './subscribers';
export { submitComment, type CommentOutcome, type CommentRefusal, type NewComment } from './comment-submit';
export { unlockPost } from './protected';
export { getDraft } from './drafts';
export { NotFoundError, RefusedError, UpstreamError } from './errors';
export { FEED_ITEMS, getFeedPosts } from './rss-posts';
export { getSections } from './navigation';
export {
  countSitemapObjects,
  getSitemapEntries,
  getSitemapSources,
  SITEMAP_SIZE,
  type SitemapEntry,
  type SitemapSource,
} from './sitemap';
export { getMenu, getNavigation, type MenuLocation } from './menus';
export { getContentModel, type ContentModel, type ContentTaxonomy, type ContentType } from './content-model';
export { getEntryFeed, getTaxonomyTermByPath, getTermEntries, getTypeArchive, listedType } from './entries';
export { getWidgetAreas, type Widget, type WidgetArea } from './widgets';
export { getReadingSettings, type ReadingSettings } from './settings';
export { getPageById } from './pages';
export { resolvePath, type Resolution, type Singular } from './resolve';
export { getBlogPage, getLatestPosts, getPostById, POSTS_PER_PAGE } from './posts';
export { searchPosts } from './search';
export { fallbackSite, getSite } from './site';
export { tags, withUmbrellaTags } from './tags';
export type { Archive, PostRelations, View } from './view';
export type {
  Author,
  Comment,
  CommentSection,
  DuotoneFilter,
  Media,
  NavItem,
  Page,
  PageInfo,
  Paginated,
  Post,
  PostSummary,
  Site,
  SiteLogo,
  TaxonomyTerms,
  Term,
} from './types';
