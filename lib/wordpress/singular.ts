import { NotFoundError } from './errors';
import { getPageBySlug } from './pages';
import { getPostBySlug } from './posts';
import type { Page, Post } from './types';

export type Singular = { kind: 'post'; post: Post } | { kind: 'page'; page: Page };

/**
 * What a one-segment path names under the /%postname%/ structure: a post if one has that slug,
 * else a page, as WordPress resolves it. Posts are asked first: they are what readers open most.
 */
export async function getSingularBySlug(slug: string): Promise<Singular> {
  try {
    return { kind: 'post', post: await getPostBySlug(slug) };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  return { kind: 'page', page: await getPageBySlug(slug) };
}
