'use server';

import { redirect } from 'next/navigation';
import { translator } from '@/lib/i18n/translate';
import { rememberPostPassword } from '@/lib/routing/post-password';
import { getSiteOrFallback } from '@/lib/routing/site';
import { getPublicOrigin } from '@/lib/seo/origin';
import { unlockPost } from '@/lib/wordpress';

export interface PasswordFormState {
  error: string;
}

/** The password form's action: WordPress checks the password; a right one opens the post. */
export async function unlockPostAction(
  postId: number,
  _previous: PasswordFormState,
  form: FormData,
): Promise<PasswordFormState> {
  const value = form.get('post_password');
  const password = typeof value === 'string' ? value : '';
  const post = password ? await unlockPost(postId, password) : null;
  if (!post) return { error: translator((await getSiteOrFallback()).language)('password.wrong') };
  const secure = (await getPublicOrigin()).startsWith('https:');
  await rememberPostPassword(postId, password, secure);
  redirect(post.path);
}
