import { useId } from 'react';
import type { SearchFormProps } from '../../_engine/types';

/** WordPress's search form: a GET to the front page with `s`, so it works without JavaScript. */
export function BaseSearchForm({ query, label, t }: SearchFormProps) {
  const id = useId();
  return (
    <form
      role="search"
      aria-label={label}
      action="/"
      method="get"
      className="flex items-center gap-2 font-sans"
    >
      <label htmlFor={id} className="sr-only">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        name="s"
        defaultValue={query}
        placeholder={t('search.placeholder')}
        maxLength={200}
        className="w-36 min-w-0 rounded-card border border-border bg-bg px-3 py-1.5 text-small text-fg placeholder:text-muted sm:w-48"
      />
      <button
        type="submit"
        className="rounded-card border border-border px-3 py-1.5 text-small font-semibold hover:border-accent"
      >
        {t('search.button')}
      </button>
    </form>
  );
}
