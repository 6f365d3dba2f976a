import type { ComponentType, ReactNode } from 'react';
import type { Page, Paginated, Post, Site } from '@/lib/wordpress';

// The contract every theme implements. Routes know only this; a theme is one typed object.

export interface LayoutProps {
  site: Site;
  children: ReactNode;
}

export interface HomeTemplateProps {
  site: Site;
  /** Sticky posts, shown first on page 1 only (empty on later pages). */
  sticky: Post[];
  posts: Paginated<Post>;
}

export interface SingleTemplateProps {
  site: Site;
  post: Post;
}

export interface PageTemplateProps {
  site: Site;
  page: Page;
}

export interface NotFoundTemplateProps {
  site: Site;
}

export interface Theme {
  /** Registry key and the value of `data-theme` on <html>, which scopes the theme's tokens. */
  name: string;
  label: string;
  description: string;
  Layout: ComponentType<LayoutProps>;
  templates: {
    home: ComponentType<HomeTemplateProps>;
    single: ComponentType<SingleTemplateProps>;
    page: ComponentType<PageTemplateProps>;
    archive: ComponentType<ArchiveTemplateProps>;
    notFound: ComponentType<NotFoundTemplateProps>;
  };
}

export interface ArchiveTemplateProps {
  site: Site;
  archive: {
    kind: 'category' | 'tag' | 'author';
    title: string;
    description: string;
    /** The archive's page-1 path, e.g. /category/science/climate/. */
    path: string;
  };
  posts: Paginated<Post>;
}
