import type { Slots, Template } from '../_engine/types';
import { BaseCategoryLabel } from './components/category-label';
import { BaseFigure } from './components/figure';
import { BaseFooter } from './components/footer';
import { BaseHeader } from './components/header';
import { BaseLayout } from './components/layout';
import { BaseNavigation } from './components/navigation';
import { BaseComments } from './components/comments';
import { BaseNotFound } from './components/not-found';
import { BasePasswordForm } from './components/password-form';
import { BasePostNavigation } from './components/post-navigation';
import { BasePagination } from './components/pagination';
import { BasePostCard } from './components/post-card';
import { BasePostMeta } from './components/post-meta';
import { BaseSchemeToggle } from './components/scheme-toggle';
import { BaseSearchForm } from './components/search-form';
import { BaseSubscribeCta } from './components/subscribe-cta';
import { BaseArchive } from './templates/archive';
import { BaseHome } from './templates/home';
import { BaseIndex } from './templates/index';
import { BaseNotFoundTemplate } from './templates/not-found';
import { BaseSearch } from './templates/search';
import { BaseSingular } from './templates/singular';

export { baseTokens } from './tokens';

/** The slots every theme inherits unless it brings its own. */
export const baseSlots: Slots = {
  Layout: BaseLayout,
  Header: BaseHeader,
  Navigation: BaseNavigation,
  Footer: BaseFooter,
  PostCard: BasePostCard,
  PostMeta: BasePostMeta,
  CategoryLabel: BaseCategoryLabel,
  Pagination: BasePagination,
  Figure: BaseFigure,
  SubscribeCta: BaseSubscribeCta,
  SearchForm: BaseSearchForm,
  SchemeToggle: BaseSchemeToggle,
  NotFound: BaseNotFound,
  PostNavigation: BasePostNavigation,
  Comments: BaseComments,
  PasswordForm: BasePasswordForm,
};

/** The templates every theme inherits: one per kind of view, and index for anything else. */
export const baseTemplates: Record<string, Template> & { index: Template } = {
  index: BaseIndex,
  home: BaseHome,
  singular: BaseSingular,
  archive: BaseArchive,
  search: BaseSearch,
  '404': BaseNotFoundTemplate,
};

export { baseElements } from './elements';
