// The comment form's contract, shared by the form (a client component) and the server action that
// checks it. Kept apart from the validation (form.ts) so the browser's bundle carries these few
// lines, not the schema library.

export const commentLimits = { name: 245, email: 100, url: 200, content: 65_525 } as const;

export interface CommentValues {
  name: string;
  email: string;
  url: string;
  content: string;
  parent: string;
}

export interface CommentFormState {
  status: 'idle' | 'approved' | 'held' | 'error';
  message: string;
  fieldErrors: Partial<Record<keyof CommentValues, string>>;
  /** What the reader typed, given back whenever the comment was not taken: nothing is lost. */
  values: CommentValues;
}

export const emptyCommentForm: CommentFormState = {
  status: 'idle',
  message: '',
  fieldErrors: {},
  values: { name: '', email: '', url: '', content: '', parent: '0' },
};
