'use client';

import { useActionState, useId } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';
import type { PostCommentAction } from './form-actions';
import { commentLimits, type CommentFormState, emptyCommentForm } from '@/lib/comments/form-state';

/** The form's words, in the site's language (made on the server: see comment-form-labels.ts). */
export interface CommentFormLabels {
  title: string;
  intro: string;
  replyTo: string;
  replyToPost: string;
  content: string;
  name: string;
  email: string;
  website: string;
  optional: string;
  submit: string;
  posting: string;
}

interface CommentFormProps {
  postId: number;
  /** Replies offered for these comments, chosen with the "Reply to" select; label names the author. */
  replyTargets: { id: number; label: string }[];
  labels: CommentFormLabels;
  /** Where the form posts (a server action of the routes'). */
  action: PostCommentAction;
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
export function CommentForm({ postId, replyTargets, labels, action: post }: CommentFormProps) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(
    post.bind(null, postId),
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
        {labels.title}
      </h3>
      <p className="text-small text-muted">{labels.intro}</p>
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
            {labels.replyTo}
          </label>
          <select id={`${id}-parent`} name="parent" defaultValue={state.values.parent} className={field}>
            <option value="0">{labels.replyToPost}</option>
            {replyTargets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <Field
        {...fieldProps('content')}
        label={labels.content}
        required
        maxLength={commentLimits.content}
        multiline
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          {...fieldProps('name')}
          label={labels.name}
          required
          autoComplete="name"
          maxLength={commentLimits.name}
        />
        <Field
          {...fieldProps('email')}
          label={labels.email}
          type="email"
          required
          autoComplete="email"
          maxLength={commentLimits.email}
        />
      </div>
      <Field
        {...fieldProps('url')}
        label={labels.website}
        hint={labels.optional}
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
          className="rounded-button bg-button px-5 py-2 font-semibold text-button-fg disabled:opacity-60"
        >
          {pending ? labels.posting : labels.submit}
        </button>
      </div>
    </form>
  );
}
