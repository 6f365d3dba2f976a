'use client';

import { useActionState, useId } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';
import { postComment } from './post-comment.action';
import { commentLimits, type CommentFormState, emptyCommentForm } from '@/lib/comments/form-state';

interface CommentFormProps {
  postId: number;
  /** Replies offered for these comments (id → author), chosen with the "Reply to" select. */
  replyTargets: { id: number; authorName: string }[];
}

const field = 'w-full rounded-card border border-border bg-bg px-3 py-2 text-fg';

type FieldName = Exclude<keyof CommentFormState['values'], 'parent'>;

interface FieldProps {
  id: string;
  name: FieldName;
  label: string;
  hint?: string;
  defaultValue: string;
  error: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url';
  required?: boolean;
  autoComplete?: string;
  maxLength: number;
}

/** A labelled input whose server-side error is announced with it (aria-invalid, aria-describedby). */
function Field({ id, label, hint, error, multiline, type = 'text', ...input }: FieldProps) {
  const described = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-small font-semibold">
        {label}
        {hint && <span className="font-normal text-muted"> {hint}</span>}
      </label>
      {multiline ? (
        <textarea id={id} rows={6} className={field} {...input} {...described} />
      ) : (
        <input id={id} type={type} className={field} {...input} {...described} />
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-small font-semibold text-accent">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The comment form. It posts through a server action, so it works without JavaScript too; when
 * WordPress does not take the comment, everything typed is given back with the reason.
 */
export function CommentForm({ postId, replyTargets }: CommentFormProps) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(
    postComment.bind(null, postId),
    emptyCommentForm,
  );
  const id = useId();
  // Marks the form as hydrated, so tests (and only they) know a click goes through React.
  const ready = useHydrated();
  const fieldProps = (name: FieldName) => ({
    id: `${id}-${name}`,
    name,
    defaultValue: state.values[name],
    error: state.fieldErrors[name],
  });
  return (
    <form
      data-ready={ready || undefined}
      // Remounted with each answer, so the fields show what the server gave back (kept on errors, cleared on success).
      key={`${state.status}:${JSON.stringify(state.values)}`}
      action={action}
      className="mt-8 flex flex-col gap-4 font-sans"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="font-display text-h3 font-bold">
        Leave a comment
      </h3>
      <p className="text-small text-muted">
        Your email address is never shown. Comments may be held for moderation.
      </p>
      {state.message && (
        <p
          role={state.status === 'error' ? 'alert' : 'status'}
          className={`rounded-card border px-4 py-3 ${state.status === 'error' ? 'border-accent' : 'border-border bg-surface'}`}
        >
          {state.message}
        </p>
      )}
      {replyTargets.length > 0 && (
        <div>
          <label htmlFor={`${id}-parent`} className="block text-small font-semibold">
            Reply to
          </label>
          <select id={`${id}-parent`} name="parent" defaultValue={state.values.parent} className={field}>
            <option value="0">The post (a new thread)</option>
            {replyTargets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.authorName} (comment {t.id})
              </option>
            ))}
          </select>
        </div>
      )}
      <Field
        {...fieldProps('content')}
        label="Comment"
        required
        maxLength={commentLimits.content}
        multiline
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          {...fieldProps('name')}
          label="Name"
          required
          autoComplete="name"
          maxLength={commentLimits.name}
        />
        <Field
          {...fieldProps('email')}
          label="Email"
          type="email"
          required
          autoComplete="email"
          maxLength={commentLimits.email}
        />
      </div>
      <Field
        {...fieldProps('url')}
        label="Website"
        hint="(optional)"
        type="url"
        autoComplete="url"
        maxLength={commentLimits.url}
      />
      {/* Hidden from people and assistive tech; bots fill it in. */}
      <div aria-hidden="true" className="hidden">
        <input name="website_confirm" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-card bg-accent px-5 py-2 font-semibold text-accent-fg disabled:opacity-60"
        >
          {pending ? 'Posting…' : 'Post comment'}
        </button>
      </div>
    </form>
  );
}
