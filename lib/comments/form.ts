import { z } from 'zod';
import type { MessageKey, Translate } from '../i18n/translate';
import type { CommentRefusal } from '../wordpress/comment-submit';
import { commentLimits, type CommentFormState, type CommentValues } from './form-state';

// The server's check of the comment form: the server decides; the browser's own checks (from the
// limits in form-state.ts) only save a round trip.

/** The rules, with their messages in the site's language. */
function commentSchema(t: Translate) {
  const addressTooLong = t('commentForm.addressTooLong');
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, t('commentForm.nameMissing'))
      .max(commentLimits.name, t('commentForm.nameTooLong')),
    email: z
      .string()
      .trim()
      .max(commentLimits.email, addressTooLong)
      .pipe(z.email(t('commentForm.emailInvalid'))),
    url: z
      .string()
      .trim()
      .max(commentLimits.url, addressTooLong)
      .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), t('commentForm.websiteInvalid')),
    content: z
      .string()
      .trim()
      .min(1, t('commentForm.contentMissing'))
      .max(commentLimits.content, t('commentForm.contentTooLong')),
    parent: z.string().regex(/^\d{1,10}$/, t('commentForm.replyInvalid')),
  });
}
type CommentFields = z.infer<ReturnType<typeof commentSchema>>;

/** Reads the form; either the values to send to WordPress or what to tell the reader. */
export function parseCommentForm(
  form: FormData,
  t: Translate,
): { ok: true; values: CommentFields } | { ok: false; state: CommentFormState } {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value : '';
  };
  const values: CommentValues = {
    name: text('name'),
    email: text('email'),
    url: text('url'),
    content: text('content'),
    parent: text('parent') || '0',
  };
  const parsed = commentSchema(t).safeParse(values);
  if (parsed.success) return { ok: true, values: parsed.data };
  const fieldErrors: CommentFormState['fieldErrors'] = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof CommentValues;
    fieldErrors[key] ??= issue.message;
  }
  return {
    ok: false,
    state: { status: 'error', message: t('commentForm.checkForm'), fieldErrors, values },
  };
}

/** A refusal from WordPress, in words a reader can act on. */
export const refusalMessage: Record<CommentRefusal, MessageKey> = {
  closed: 'commentForm.closed',
  duplicate: 'commentForm.duplicate',
  'too-fast': 'commentForm.tooFast',
  'not-allowed': 'commentForm.notAllowed',
  invalid: 'commentForm.invalid',
};
