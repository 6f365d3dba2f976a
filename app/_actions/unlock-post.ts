'use server';

import { redirect } from 'next/navigation';
import { translator } from '@/lib/i18n/translate';
import { rememberPostPassword } from '@/server/routing/post-password';
import { getSiteOrFallback } from '@/server/routing/request-site';
import { getPublicOrigin } from '@/server/seo/origin';
import type { PasswordFormState } from '@/components/comments/form-actions';
import { unlockPost as unlockWithWordPress } from '@/lib/wordpress';

/** The password form's action: WordPress checks the password; a right one opens the post. */
export async function unlockPost(
  postId: number,
  _previous: PasswordFormState,
  form: FormData,
): Promise<PasswordFormState> {
  const value = form.get('post_password');
  const password = typeof value === 'string' ? value : '';
  const post = password ? await unlockWithWordPress(postId, password) : null;
  if (!post) return { error: translator((await getSiteOrFallback()).language)('password.wrong') };
  const secure = (await getPublicOrigin()).startsWith('https:');
  await rememberPostPassword(postId, password, secure);
  redirect(post.path);
}
