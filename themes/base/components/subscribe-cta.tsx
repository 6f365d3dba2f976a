import { useId } from 'react';
import type { SubscribeCtaProps } from '../../types';

/**
 * The subscribe call-to-action. Visual only for now: the field and button are shown disabled with
 * a plain note, rather than a form that pretends to work.
 */
export function BaseSubscribeCta({ variant }: SubscribeCtaProps) {
  const id = useId();
  return (
    <aside
      aria-labelledby={`${id}-title`}
      data-testid="subscribe-cta"
      className={
        variant === 'inline'
          ? 'my-8 rounded-card border-l-4 border-accent bg-surface p-5 font-sans'
          : 'font-sans'
      }
    >
      <p id={`${id}-title`} className="text-lead font-bold">
        Thank you for reading — don’t forget to subscribe!
      </p>
      <p className="mt-1 text-small text-muted">
        New stories in your inbox, once a week. No tracking, no spam.
      </p>
      <form className="mt-3 flex flex-col gap-2 sm:flex-row" aria-describedby={`${id}-soon`}>
        <label htmlFor={`${id}-email`} className="sr-only">
          Email address
        </label>
        <input
          id={`${id}-email`}
          type="email"
          name="email"
          autoComplete="email"
          placeholder="you@example.com"
          disabled
          className="min-w-0 flex-1 rounded-card border border-border bg-bg px-3 py-2 text-fg placeholder:text-muted"
        />
        <button
          type="submit"
          disabled
          className="rounded-card bg-accent px-4 py-2 font-semibold text-accent-fg"
        >
          Subscribe
        </button>
      </form>
      <p id={`${id}-soon`} className="mt-2 text-small text-muted">
        Subscriptions open soon.
      </p>
    </aside>
  );
}
