import { commentLimit } from '@/server/rate-limit/limits';
import { expireTags } from '@/server/revalidation/process-change-feed';
import { parseCommentForm, refusalMessage } from '@/lib/comments/form';
import { type CommentFormState, emptyCommentForm } from '@/lib/comments/form-state';
import type { Translate } from '@/lib/i18n/translate';
import { type CommentRefusal, submitComment, tags, UpstreamError } from '@/lib/wordpress';

/** Who is commenting, as the request tells (WordPress keeps both with the comment). */
export interface Commenter {
  ip: string | null;
  userAgent: string;
}

/** What became of a comment, and the HTTP status that says it (201, 202, 400, 403, 409, 429, 503). */
export interface CommentAnswer {
  state: CommentFormState;
  httpStatus: number;
}

const refusalStatus: Record<CommentRefusal, number> = {
  closed: 403,
  'not-allowed': 403,
  duplicate: 409,
  'too-fast': 429,
  invalid: 400,
};

/**
 * Checks the comment form, posts it to WordPress and says what became of it, in the site's
 * language. Whatever was typed comes back with any error: nothing is lost.
 */
export async function postComment(
  postId: number,
  form: FormData,
  commenter: Commenter,
  t: Translate,
): Promise<CommentAnswer> {
  const held: CommentAnswer = {
    state: { ...emptyCommentForm, status: 'held', message: t('commentForm.held') },
    httpStatus: 202,
  };
  // A field people never see: bots fill it in, readers do not.
  if (form.get('website_confirm')) return held;
  const parsed = parseCommentForm(form, t);
  if (!parsed.ok) return { state: parsed.state, httpStatus: 400 };
  const { values } = parsed;
  const keep = { fieldErrors: {}, values: { ...values, parent: String(values.parent) } };
  const refused = (reason: CommentRefusal): CommentAnswer => ({
    state: { status: 'error', message: t(refusalMessage[reason]), ...keep },
    httpStatus: refusalStatus[reason],
  });
  if ((await commentLimit.hit(commenter.ip ?? 'unknown')) > 0) return refused('too-fast');
  try {
    const outcome = await submitComment({
      postId,
      parent: Number(values.parent),
      authorName: values.name,
      authorEmail: values.email,
      authorUrl: values.url,
      content: values.content,
      authorIp: commenter.ip,
      userAgent: commenter.userAgent.slice(0, 255),
    });
    switch (outcome.kind) {
      case 'approved':
        // The post's pages show it from the next read on: the data cache, kept pages, the edge.
        expireTags([tags.comments(postId)]);
        return {
          state: { ...emptyCommentForm, status: 'approved', message: t('commentForm.approved') },
          httpStatus: 201,
        };
      case 'held':
        return held;
      case 'refused':
        return refused(outcome.reason);
    }
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return { state: { status: 'error', message: t('commentForm.unreachable'), ...keep }, httpStatus: 503 };
  }
}
