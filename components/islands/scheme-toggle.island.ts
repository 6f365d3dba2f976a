// The scheme toggle (themes' SchemeToggle slot): switches between light and dark and remembers the
// choice, which the head script (components/scheme-head-script.ts) applies before the next page's
// first paint. The button's words for either scheme are both in it, and CSS shows the one in force
// (styles/globals.css, .pf-in-dark): nothing here changes the server's markup. The button comes
// hidden until JavaScript runs (`pf-needs-js`): it cannot work without it.
import { SCHEME_STORAGE_KEY, type Scheme } from '../scheme';
import { claim } from './claim';

export const SELECTOR = '[data-island="scheme-toggle"]';

export function init(root: ParentNode): void {
  const html = document.documentElement;
  const prefersDark = matchMedia('(prefers-color-scheme: dark)');
  for (const button of root.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
    if (!claim(button, 'scheme-toggle')) continue;
    button.addEventListener('click', () => {
      const inForce: Scheme =
        html.dataset.scheme === 'dark' || (!html.dataset.scheme && prefersDark.matches) ? 'dark' : 'light';
      const next: Scheme = inForce === 'dark' ? 'light' : 'dark';
      html.dataset.scheme = next;
      try {
        localStorage.setItem(SCHEME_STORAGE_KEY, next);
      } catch {
        // Private mode or storage disabled: the choice lasts for this page only.
      }
    });
  }
}
