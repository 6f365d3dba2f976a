'use client';

import type { SchemeToggleProps } from '../../_engine/types';
import { useSyncExternalStore } from 'react';
import { SCHEME_STORAGE_KEY, type Scheme } from '@/components/scheme';

const subscribe = (onChange: () => void) => {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-scheme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
};

const current = (): Scheme =>
  (document.documentElement.dataset.scheme as Scheme | undefined) ??
  (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/**
 * Switches between light and dark and remembers the choice. Hidden until JavaScript runs (it
 * could not work without it); the visitor's system preference applies either way.
 */
export function BaseSchemeToggle({ labels }: SchemeToggleProps) {
  const scheme = useSyncExternalStore(subscribe, current, () => null);
  const next: Scheme = scheme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="pf-needs-js rounded-card border border-border px-3 py-1.5 font-sans text-small font-semibold hover:border-accent"
      aria-label={scheme ? (next === 'dark' ? labels.toDark : labels.toLight) : labels.switch}
      onClick={() => {
        document.documentElement.dataset.scheme = next;
        try {
          localStorage.setItem(SCHEME_STORAGE_KEY, next);
        } catch {
          // Private mode or storage disabled: the choice lasts for this page only.
        }
      }}
    >
      {scheme === 'dark' ? labels.light : labels.dark}
    </button>
  );
}
