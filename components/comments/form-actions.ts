import type { CommentFormState } from '@/lib/comments/form-state';

// The server actions the reader's forms post to. They live with the routes (app/_actions/), which
// know the request, the page cache and the theme's words; the forms get them as props, so nothing
// here reaches up into the routes or the themes.

export interface PasswordFormState {
  error: string;
}

/** Posts a comment on the post; binds to the post's id. */
export type PostCommentAction = (
  postId: number,
  previous: CommentFormState,
  form: FormData,
) => Promise<CommentFormState>;

/** Checks a protected post's password with WordPress; binds to the post's id. */
export type UnlockPostAction = (
  postId: number,
  previous: PasswordFormState,
  form: FormData,
) => Promise<PasswordFormState>;

/** What a page's forms post to: handed from the route through the theme to the forms. */
export interface FormActions {
  postComment: PostCommentAction;
  unlockPost: UnlockPostAction;
}
