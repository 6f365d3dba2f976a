import { z } from 'zod';
import type { CommentRefusal } from '../wordpress/comment-submit';
import { commentLimits, type CommentFormState, type CommentValues } from './form-state';

// The server's check of the comment form: the server decides; the browser's own checks (from the
// limits in form-state.ts) only save a round trip.

const schema = z.object({
  name: z.string().trim().min(1, 'Please give your name.').max(commentLimits.name, 'That name is too long.'),
  email: z
    .string()
    .trim()
    .max(commentLimits.email, 'That address is too long.')
    .pipe(z.email('Please give an email address we can reach you at (it is never shown).')),
  url: z
    .string()
    .trim()
    .max(commentLimits.url, 'That address is too long.')
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'A website starts with http:// or https://.'),
  content: z
    .string()
    .trim()
    .min(1, 'Please write a comment.')
    .max(commentLimits.content, 'That comment is too long.'),
  parent: z.string().regex(/^\d{1,10}$/, 'Invalid reply.'),
});

/** Reads the form; either the values to send to WordPress or what to tell the reader. */
export function parseCommentForm(
  form: FormData,
): { ok: true; values: z.infer<typeof schema> } | { ok: false; state: CommentFormState } {
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
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, values: parsed.data };
  const fieldErrors: CommentFormState['fieldErrors'] = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof CommentValues;
    fieldErrors[key] ??= issue.message;
  }
  return {
    ok: false,
    state: { status: 'error', message: 'Please check the form.', fieldErrors, values },
  };
}

/** A refusal from WordPress, in words a reader can act on. */
export const refusalMessages: Record<CommentRefusal, string> = {
  closed: 'Comments are closed on this post.',
  duplicate: 'It looks as though you have already said that.',
  'too-fast': 'You are posting comments too quickly. Please wait a moment and try again.',
  'not-allowed': 'This site does not accept comments from here at the moment.',
  invalid: 'WordPress could not accept this comment. Please check it and try again.',
};
