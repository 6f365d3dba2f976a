'use client';

import { type FormEvent, useId, useState } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';
import { HONEYPOT_FIELD, MAX_EMAIL_LENGTH } from '@/lib/subscribe/fields';
import type { SubscribeAnswer } from '@/lib/subscribe/result';

/** The form's words, in the site's language (made on the server: see subscribe-form-labels.ts). */
export interface SubscribeFormLabels {
  email: string;
  placeholder: string;
  submit: string;
  sending: string;
  /** The consent line: the server stores the same words with the subscriber. */
  consent: string;
  honeypot: string;
  /** When the request itself fails: the server's own answers come with their words. */
  unavailable: string;
}

export interface SubscribeFormProps {
  /** The post the form is on (stored with the subscriber), or 0. */
  source: number;
  /** After a no-script round trip: what the reader typed and what became of it. */
  initial?: { email: string; answer: SubscribeAnswer | null };
  /** Compact: one row, for footers and inline boxes. */
  compact?: boolean;
  labels: SubscribeFormLabels;
}

type State = { phase: 'idle' | 'sending' } | { phase: 'done'; answer: SubscribeAnswer };

const input =
  'min-w-0 flex-1 rounded-card border border-border bg-bg px-3 py-2 text-fg placeholder:text-muted';

/**
 * The subscribe form. A plain POST to /api/subscribe/ without JavaScript; with it, the same request
 * made in place, its progress and result announced to screen readers (a polite status for
 * progress and success, an alert for errors) and what was typed kept on any error.
 */
export function SubscribeForm({ source, initial, compact = false, labels }: SubscribeFormProps) {
  const id = useId();
  const hydrated = useHydrated();
  const [state, setState] = useState<State>(
    initial?.answer ? { phase: 'done', answer: initial.answer } : { phase: 'idle' },
  );
  const answer = state.phase === 'done' ? state.answer : null;
  const errors = answer?.fieldErrors ?? {};
  const succeeded = answer?.status === 'pending';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (state.phase === 'sending') return;
    setState({ phase: 'sending' });
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string') body.append(name, value);
    }
    try {
      const response = await fetch('/api/subscribe/', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
      setState({ phase: 'done', answer: (await response.json()) as SubscribeAnswer });
    } catch {
      setState({
        phase: 'done',
        answer: { status: 'unavailable', message: labels.unavailable, fieldErrors: {} },
      });
    }
  }

  const describedEmail = errors.email ? `${id}-email-error` : undefined;
  return (
    <form
      action="/api/subscribe/"
      method="post"
      onSubmit={onSubmit}
      // Checked on the server either way; with JavaScript its messages replace the browser's.
      noValidate={hydrated}
      aria-busy={state.phase === 'sending'}
      data-testid="subscribe-form"
      data-ready={hydrated ? 'true' : undefined}
      className="mt-3"
    >
      {!succeeded && (
        <>
          <div className={compact ? 'flex flex-col gap-2 sm:flex-row' : 'flex flex-col gap-2'}>
            <label htmlFor={`${id}-email`} className={compact ? 'sr-only' : 'text-small font-semibold'}>
              {labels.email}
            </label>
            <input
              id={`${id}-email`}
              type="email"
              name="email"
              required
              maxLength={MAX_EMAIL_LENGTH}
              autoComplete="email"
              placeholder={labels.placeholder}
              defaultValue={initial?.email}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedEmail}
              className={input}
            />
            <button
              type="submit"
              aria-disabled={state.phase === 'sending'}
              className="rounded-button bg-button px-4 py-2 font-semibold text-button-fg aria-disabled:opacity-70"
            >
              {state.phase === 'sending' ? labels.sending : labels.submit}
            </button>
          </div>
          {errors.email && (
            <p id={describedEmail} className="mt-1 text-small font-semibold text-accent">
              {errors.email}
            </p>
          )}
          <div className="mt-2 flex items-start gap-2 text-small text-muted">
            <input
              id={`${id}-consent`}
              type="checkbox"
              name="consent"
              value="yes"
              required
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? `${id}-consent-error` : undefined}
              className="mt-1 size-4 shrink-0 accent-[var(--color-accent)]"
            />
            <label htmlFor={`${id}-consent`}>{labels.consent}</label>
          </div>
          {errors.consent && (
            <p id={`${id}-consent-error`} className="mt-1 text-small font-semibold text-accent">
              {errors.consent}
            </p>
          )}
          {/* For bots only: hidden from people and from assistive technology. */}
          <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
            <label htmlFor={`${id}-hp`}>{labels.honeypot}</label>
            <input id={`${id}-hp`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
          </div>
          <input type="hidden" name="source" value={source} />
        </>
      )}
      <p role="status" className="mt-2 text-small font-semibold" data-testid="subscribe-status">
        {state.phase === 'sending' ? labels.sending : succeeded ? answer.message : ''}
      </p>
      <p role="alert" className="text-small font-semibold text-accent" data-testid="subscribe-error">
        {answer && !succeeded ? answer.message : ''}
      </p>
    </form>
  );
}
