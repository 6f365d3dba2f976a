import { cache } from 'react';
import { listPosts, POSTS_PER_PAGE } from './posts';
import type { Paginated, PostSummary } from './types';

/** Posts matching `query` (WordPress's own search), ten a page. No terms, no request. */
export const searchPosts = cache(async (query: string, page: number): Promise<Paginated<PostSummary>> => {
  if (!query) {
    return {
      items: [],
      pageInfo: {
        page: 1,
        perPage: POSTS_PER_PAGE,
        total: 0,
        totalPages: 0,
        hasPrevious: false,
        hasNext: false,
      },
    };
  }
  return listPosts({ search: query }, page);
});
