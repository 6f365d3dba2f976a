'use server';

import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { getRequestTheme } from '@/app/_theme/request-theme';
import { commentLimit } from '@/server/rate-limit/limits';
import { readerAddress } from '@/server/http/reader-address';
import { expirePages } from '@/server/page-cache/expire';
import { parseCommentForm, refusalMessage } from '@/lib/comments/form';
import { type CommentFormState, emptyCommentForm } from '@/lib/comments/form-state';
import { submitComment, tags, UpstreamError, withUmbrellaTags } from '@/lib/wordpress';

/** The comment form's action: checks the form, posts it to WordPress, says what became of it. */
export async function postComment(
  postId: number,
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> {
  // The answer is in the site's language, with the theme's own words where it has them.
  const { t } = await getRequestTheme();
  const held: CommentFormState = { ...emptyCommentForm, status: 'held', message: t('commentForm.held') };
  // A field people never see: bots fill it in, readers do not.
  if (form.get('website_confirm')) return held;
  const parsed = parseCommentForm(form, t);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  const h = await headers();
  const ip = readerAddress(h);
  const keep = { fieldErrors: {}, values: { ...values, parent: String(values.parent) } };
  if ((await commentLimit.hit(ip ?? 'unknown')) > 0)
    return { status: 'error', message: t(refusalMessage['too-fast']), ...keep };
  try {
    const outcome = await submitComment({
      postId,
      parent: Number(values.parent),
      authorName: values.name,
      authorEmail: values.email,
      authorUrl: values.url,
      content: values.content,
      authorIp: ip,
      userAgent: h.get('user-agent')?.slice(0, 255) ?? '',
    });
    switch (outcome.kind) {
      case 'approved':
        // With the umbrella: the request that found the post may have brought its comments along.
        for (const tag of withUmbrellaTags([tags.comments(postId)])) updateTag(tag);
        expirePages([tags.comments(postId)]);
        return { ...emptyCommentForm, status: 'approved', message: t('commentForm.approved') };
      case 'held':
        return held;
      case 'refused':
        return { status: 'error', message: t(refusalMessage[outcome.reason]), ...keep };
    }
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return {
      status: 'error',
      message: t('commentForm.unreachable'),
      ...keep,
    };
  }
}
