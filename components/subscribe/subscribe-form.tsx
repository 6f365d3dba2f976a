'use client';

import { type FormEvent, useId, useState } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';
import { CONSENT_TEXT } from '@/lib/subscribe/consent';
import { type FieldErrors, HONEYPOT_FIELD, MAX_EMAIL_LENGTH } from '@/lib/subscribe/fields';
import { resultMessage, type SubscribeResult } from '@/lib/subscribe/result';

export interface SubscribeFormProps {
  /** The post the form is on (stored with the subscriber), or 0. */
  source: number;
  /** After a no-script round trip: what the reader typed and what became of it. */
  initial?: { email: string; result: SubscribeResult | null };
  /** Compact: one row, for footers and inline boxes. */
  compact?: boolean;
}

type State = { phase: 'idle' | 'sending' } | { phase: 'done'; result: SubscribeResult };

const input =
  'min-w-0 flex-1 rounded-card border border-border bg-bg px-3 py-2 text-fg placeholder:text-muted';

/**
 * The subscribe form. A plain POST to /api/subscribe/ without JavaScript; with it, the same request
 * made in place, its progress and result announced to screen readers (a polite status for
 * progress and success, an alert for errors) and what was typed kept on any error.
 */
export function SubscribeForm({ source, initial, compact = false }: SubscribeFormProps) {
  const id = useId();
  const hydrated = useHydrated();
  const [state, setState] = useState<State>(
    initial?.result ? { phase: 'done', result: initial.result } : { phase: 'idle' },
  );
  const result = state.phase === 'done' ? state.result : null;
  const errors: FieldErrors = result?.status === 'invalid' ? result.errors : {};
  const succeeded = result?.status === 'pending';

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
      const answer = (await response.json()) as SubscribeResult;
      setState({ phase: 'done', result: answer });
    } catch {
      setState({ phase: 'done', result: { status: 'unavailable' } });
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
              Email address
            </label>
            <input
              id={`${id}-email`}
              type="email"
              name="email"
              required
              maxLength={MAX_EMAIL_LENGTH}
              autoComplete="email"
              placeholder="you@example.com"
              defaultValue={initial?.email}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedEmail}
              className={input}
            />
            <button
              type="submit"
              aria-disabled={state.phase === 'sending'}
              className="rounded-card bg-accent px-4 py-2 font-semibold text-accent-fg aria-disabled:opacity-70"
            >
              {state.phase === 'sending' ? 'Subscribing…' : 'Subscribe'}
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
            <label htmlFor={`${id}-consent`}>{CONSENT_TEXT}</label>
          </div>
          {errors.consent && (
            <p id={`${id}-consent-error`} className="mt-1 text-small font-semibold text-accent">
              {errors.consent}
            </p>
          )}
          {/* For bots only: hidden from people and from assistive technology. */}
          <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
            <label htmlFor={`${id}-hp`}>Leave this empty</label>
            <input id={`${id}-hp`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
          </div>
          <input type="hidden" name="source" value={source} />
        </>
      )}
      <p role="status" className="mt-2 text-small font-semibold" data-testid="subscribe-status">
        {state.phase === 'sending' ? 'Subscribing…' : succeeded ? resultMessage(result) : ''}
      </p>
      <p role="alert" className="text-small font-semibold text-accent" data-testid="subscribe-error">
        {result && !succeeded ? resultMessage(result) : ''}
      </p>
    </form>
  );
}
