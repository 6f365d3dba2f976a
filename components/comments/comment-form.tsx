import { useId } from 'react';
import { IslandScript } from '@/components/islands/island-script';
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
  published: string;
  held: string;
  checkForm: string;
  unavailable: string;
  contentMissing: string;
  nameMissing: string;
  emailInvalid: string;
  websiteInvalid: string;
}

interface CommentFormProps {
  postId: number;
  /** Where the post is: the form comes back to it. */
  postPath: string;
  /** Replies offered for these comments, chosen with the "Reply to" select; label names the author. */
  replyTargets: { id: number; label: string }[];
  labels: CommentFormLabels;
  /** After a post without JavaScript that was not taken: the reason and everything typed. */
  answer: CommentFormState | null;
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
  /** The island's words when the field is left empty, or holds what it cannot (inline checks). */
  missing?: string;
  invalid?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url';
  required?: boolean;
  autoComplete?: string;
  maxLength: number;
}

/** A labelled input whose error is announced with it (aria-invalid, aria-describedby). */
function Field({ id, label, hint, error, missing, invalid, multiline, type = 'text', ...input }: FieldProps) {
  const checks = { 'data-missing': missing, 'data-invalid': invalid };
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
        <textarea id={id} rows={6} className={field} {...input} {...checks} {...described} />
      ) : (
        <input id={id} type={type} className={field} {...input} {...checks} {...described} />
      )}
      <p
        id={`${id}-error`}
        data-error-for={input.name}
        hidden={!error}
        className="mt-1 text-small font-semibold text-accent"
      >
        {error}
      </p>
    </div>
  );
}

/**
 * The comment form: a plain POST to /api/comments/ that works without JavaScript — a comment taken
 * comes back to the post at `#comment-published` or `#comment-held`, whose message shows as the
 * page's target; one refused comes back with the reason and everything typed. With JavaScript its
 * island (components/islands/comment-form.island.ts) checks the fields as the reader goes, in the
 * site's language, posts in place, and makes each comment's Reply link choose it in "Reply to".
 */
export function CommentForm({ postId, postPath, replyTargets, labels, answer }: CommentFormProps) {
  const id = useId();
  const state = answer ?? emptyCommentForm;
  const fieldProps = (name: FieldName) => ({
    id: `${id}-${name}`,
    name,
    defaultValue: state.values[name],
    error: state.fieldErrors[name],
  });
  const error = state.status === 'error' ? state.message : '';
  return (
    <>
      <form
        id="respond"
        action="/api/comments/"
        method="post"
        aria-busy="false"
        aria-labelledby={`${id}-title`}
        data-island="comment-form"
        data-posting={labels.posting}
        data-check={labels.checkForm}
        data-unavailable={labels.unavailable}
        className="mt-8 flex scroll-mt-8 flex-col gap-4 font-sans"
      >
        <h3 id={`${id}-title`} className="font-display text-h3 font-bold">
          {labels.title}
        </h3>
        <p className="text-small text-muted">{labels.intro}</p>
        {/* Without JavaScript a taken comment comes back to one of these, shown as the page's target. */}
        <p
          id="comment-published"
          className="hidden rounded-card border border-border bg-surface px-4 py-3 target:block"
        >
          {labels.published}
        </p>
        <p
          id="comment-held"
          className="hidden rounded-card border border-border bg-surface px-4 py-3 target:block"
        >
          {labels.held}
        </p>
        <p
          role="status"
          className="rounded-card border border-border bg-surface px-4 py-3 empty:border-0 empty:p-0"
        >
          {state.status === 'approved' || state.status === 'held' ? state.message : ''}
        </p>
        <p role="alert" className="rounded-card border border-accent px-4 py-3 empty:border-0 empty:p-0">
          {error}
        </p>
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
          missing={labels.contentMissing}
          maxLength={commentLimits.content}
          multiline
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            {...fieldProps('name')}
            label={labels.name}
            required
            missing={labels.nameMissing}
            autoComplete="name"
            maxLength={commentLimits.name}
          />
          <Field
            {...fieldProps('email')}
            label={labels.email}
            type="email"
            required
            missing={labels.emailInvalid}
            invalid={labels.emailInvalid}
            autoComplete="email"
            maxLength={commentLimits.email}
          />
        </div>
        <Field
          {...fieldProps('url')}
          label={labels.website}
          hint={labels.optional}
          type="url"
          invalid={labels.websiteInvalid}
          autoComplete="url"
          maxLength={commentLimits.url}
        />
        {/* Hidden from people and assistive tech; bots fill it in. */}
        <div aria-hidden="true" className="hidden">
          <input name="website_confirm" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <input type="hidden" name="post" value={postId} />
        <input type="hidden" name="return" value={postPath} />
        <div>
          <button
            type="submit"
            className="rounded-button bg-button px-5 py-2 font-semibold text-button-fg aria-disabled:opacity-60"
          >
            {labels.submit}
          </button>
        </div>
      </form>
      <IslandScript name="comment-form" />
    </>
  );
}
