import { useId } from 'react';
import { IslandScript } from '@/components/islands/island-script';
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

const input =
  'min-w-0 flex-1 rounded-card border border-border bg-bg px-3 py-2 text-fg placeholder:text-muted';

/**
 * The subscribe form. A plain POST to /api/subscribe/ without JavaScript (the result page answers,
 * with what was typed); with it, the same request made in place by its island
 * (components/islands/subscribe-form.island.ts), its progress and result announced to screen
 * readers (a polite status for progress and success, an alert for errors) and what was typed kept
 * on any error. Everything the island shows is in this markup already: it fills and reveals it.
 */
export function SubscribeForm({ source, initial, compact = false, labels }: SubscribeFormProps) {
  const id = useId();
  const answer = initial?.answer ?? null;
  const errors = answer?.fieldErrors ?? {};
  const succeeded = answer?.status === 'pending';
  return (
    <>
      <form
        action="/api/subscribe/"
        method="post"
        aria-busy="false"
        data-island="subscribe-form"
        data-sending={labels.sending}
        data-unavailable={labels.unavailable}
        data-testid="subscribe-form"
        className="mt-3"
      >
        <div data-subscribe-fields="" hidden={succeeded}>
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
              aria-describedby={errors.email ? `${id}-email-error` : undefined}
              className={input}
            />
            <button
              type="submit"
              className="rounded-button bg-button px-4 py-2 font-semibold text-button-fg aria-disabled:opacity-70"
            >
              {labels.submit}
            </button>
          </div>
          <p
            id={`${id}-email-error`}
            data-error-for="email"
            hidden={!errors.email}
            className="mt-1 text-small font-semibold text-accent"
          >
            {errors.email}
          </p>
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
          <p
            id={`${id}-consent-error`}
            data-error-for="consent"
            hidden={!errors.consent}
            className="mt-1 text-small font-semibold text-accent"
          >
            {errors.consent}
          </p>
          {/* For bots only: hidden from people and from assistive technology. */}
          <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
            <label htmlFor={`${id}-hp`}>{labels.honeypot}</label>
            <input id={`${id}-hp`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
          </div>
          <input type="hidden" name="source" value={source} />
        </div>
        <p role="status" className="mt-2 text-small font-semibold" data-testid="subscribe-status">
          {succeeded ? answer.message : ''}
        </p>
        <p role="alert" className="text-small font-semibold text-accent" data-testid="subscribe-error">
          {answer && !succeeded ? answer.message : ''}
        </p>
      </form>
      <IslandScript name="subscribe-form" />
    </>
  );
}
