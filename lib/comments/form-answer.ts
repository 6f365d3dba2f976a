import type { CommentFormState } from './form-state';

/**
 * What a page's form shows after the reader posted it without JavaScript and it was not taken:
 * the comment form's state (the reason, everything typed), or the password form's error. The page
 * is rendered for that reader alone (server/forms/answers.ts); shared renders never have one.
 */
export type FormAnswer =
  | { form: 'comment'; postId: number; state: CommentFormState }
  | { form: 'password'; postId: number; error: string };
