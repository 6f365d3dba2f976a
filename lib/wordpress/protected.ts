import { wpFetch } from './client';
import { RefusedError } from './errors';
import { contentPolicy } from './policy';
import { reshapePost } from './reshape';
import { postEmbeds, postFields, wpPost } from './schemas';
import { tags } from './tags';
import type { Post } from './types';

/**
 * A password-protected post read with the password a reader gave: the post with its body, or
 * null when WordPress says the password is wrong. Personal to that reader, so never cached.
 */
export async function unlockPost(id: number, password: string): Promise<Post | null> {
  if (password.length === 0 || password.length > 255) return null;
  try {
    const { data } = await wpFetch({
      path: `/wp/v2/posts/${id}`,
      query: { password, _embed: postEmbeds, _fields: postFields },
      schema: wpPost,
      tags: [tags.post(id)],
      personal: true,
      refusals: ['rest_post_incorrect_password'],
      notFound: `post ${id}`,
    });
    return reshapePost(data, contentPolicy());
  } catch (error) {
    if (error instanceof RefusedError) return null;
    throw error;
  }
}
