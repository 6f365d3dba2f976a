import { IslandScript } from '@/components/islands/island-script';
import type { SchemeToggleProps } from '../../_engine/types';

/**
 * Switches between light and dark and remembers the choice (components/islands/scheme-toggle.island.ts).
 * Its words for either scheme are both here, CSS showing the one in force. Hidden until
 * JavaScript runs (it could not work without it); the visitor's system preference applies either way.
 */
export function BaseSchemeToggle({ labels }: SchemeToggleProps) {
  return (
    <>
      <button
        type="button"
        data-island="scheme-toggle"
        className="pf-needs-js rounded-card border border-border px-3 py-1.5 font-sans text-small font-semibold hover:border-accent"
      >
        <span className="pf-in-light">
          <span aria-hidden="true">{labels.dark}</span>
          <span className="sr-only">{labels.toDark}</span>
        </span>
        <span className="pf-in-dark">
          <span aria-hidden="true">{labels.light}</span>
          <span className="sr-only">{labels.toLight}</span>
        </span>
      </button>
      <IslandScript name="scheme-toggle" />
    </>
  );
}
