import { cache } from 'react';
import { z } from 'zod';
import { wpFetchBundle } from './bundle';
import { wpFetch } from './client';
import { getContentModel } from './content-model';
import { entryListRequest, listingTag, toEntryList } from './entries';
import { pageInfoFromHeaders } from './pagination';
import { POSTS_PER_PAGE } from './posts';
import { tags } from './tags';
import type { Paginated, PostSummary } from './types';

const wpHit = z.object({ id: z.number().int(), subtype: z.string() });

/**
 * What matches `query` in every searchable post type — posts, pages and a plugin's types — as
 * WordPress's own search ranks it (/wp/v2/search), ten a page. The hits are then read in full,
 * one collection per type found, together in one request when the Bridge can bundle them.
 * No terms, no request.
 */
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
  const model = await getContentModel();
  const searchable = model.types.filter((t) => t.searchable);
  const { data: hits, headers } = await wpFetch({
    path: '/wp/v2/search',
    query: {
      search: query,
      type: 'post',
      subtype: searchable.map((t) => t.name).join(','),
      page,
      per_page: POSTS_PER_PAGE,
      _fields: 'id,subtype',
    },
    schema: z.array(wpHit),
    tags: [...searchable.map(listingTag), tags.terms],
    notFound: `search page ${page}`,
  });
  const found = searchable.filter((type) => hits.some((hit) => hit.subtype === type.name));
  const answers = await wpFetchBundle(
    found.map((type) =>
      entryListRequest(
        type,
        {
          include: hits
            .filter((h) => h.subtype === type.name)
            .map((h) => h.id)
            .join(','),
        },
        1,
      ),
    ),
  );
  const items = answers.flatMap((answer) => toEntryList(answer, 1, model).items);
  // In WordPress's order, each hit once (a hit whose item is gone since is left out).
  const ranked = hits.flatMap((hit) =>
    items.filter((item) => item.id === hit.id && item.type === hit.subtype),
  );
  return { items: ranked, pageInfo: pageInfoFromHeaders(headers, page, POSTS_PER_PAGE) };
});
