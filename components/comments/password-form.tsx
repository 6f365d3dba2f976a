'use client';

import { useActionState, useId } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';
import type { PasswordFormState, UnlockPostAction } from './form-actions';

/** WordPress's "This content is password protected" form; the server checks with WordPress. */
export interface PasswordFormLabels {
  intro: string;
  label: string;
  submit: string;
}

interface PostPasswordFormProps {
  postId: number;
  labels: PasswordFormLabels;
  /** Where the form posts (a server action of the routes'). */
  action: UnlockPostAction;
}

export function PostPasswordForm({ postId, labels, action: unlock }: PostPasswordFormProps) {
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(unlock.bind(null, postId), {
    error: '',
  });
  const id = useId();
  // Marks the form as hydrated, so tests (and only they) know a click goes through React.
  const ready = useHydrated();
  return (
    <form action={action} data-ready={ready || undefined} className="flex flex-col gap-3 font-sans">
      <p>{labels.intro}</p>
      {state.error && (
        <p role="alert" className="font-semibold text-accent">
          {state.error}
        </p>
      )}
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
        <button
          type="submit"
          disabled={pending}
          className="rounded-button bg-button px-5 py-2 font-semibold text-button-fg disabled:opacity-60"
        >
          {labels.submit}
        </button>
      </div>
    </form>
  );
}
