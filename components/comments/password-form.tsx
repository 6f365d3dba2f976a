import { useId } from 'react';
import { IslandScript } from '@/components/islands/island-script';

/** WordPress's "This content is password protected" form; the server checks with WordPress. */
export interface PasswordFormLabels {
  intro: string;
  label: string;
  submit: string;
}

interface PostPasswordFormProps {
  postId: number;
  /** Where the post is: a refusal without JavaScript is shown there. */
  postPath: string;
  labels: PasswordFormLabels;
  /** Why the last password was refused, or ''. */
  error: string;
}

/**
 * A plain POST to /api/unlock/: a right password opens the post (a cookie remembers it), a wrong one
 * comes back with the reason. With JavaScript its island (components/islands/password-form.island.ts)
 * asks in place and says a refusal where the form is.
 */
export function PostPasswordForm({ postId, postPath, labels, error }: PostPasswordFormProps) {
  const id = useId();
  return (
    <>
      <form
        action="/api/unlock/"
        method="post"
        aria-busy="false"
        data-island="password-form"
        className="flex flex-col gap-3 font-sans"
      >
        <p>{labels.intro}</p>
        <p role="alert" className="font-semibold text-accent empty:hidden">
          {error}
        </p>
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={id} className="block text-small font-semibold">
              {labels.label}
            </label>
            <input
              id={id}
              name="post_password"
              type="password"
              required
              maxLength={255}
              autoComplete="current-password"
              className="rounded-card border border-border bg-bg px-3 py-2 text-fg"
            />
          </div>
          <input type="hidden" name="post" value={postId} />
          <input type="hidden" name="return" value={postPath} />
          <button
            type="submit"
            className="rounded-button bg-button px-5 py-2 font-semibold text-button-fg aria-disabled:opacity-60"
          >
            {labels.submit}
          </button>
        </div>
      </form>
      <IslandScript name="password-form" />
    </>
  );
}
