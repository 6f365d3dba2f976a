/**
 * Runs `ready` once the page's markup is the island's to change: at once in a document without the
 * framework runtime; where the runtime is kept, once React has hydrated the page (`<html
 * data-hydrated>`, components/hydration-mark.tsx) — changed before, the markup would not be what
 * React hydrates, and it would say so. Until then a form posts as it does without JavaScript.
 */
export function whenHydrated(ready: () => void): void {
  const html = document.documentElement;
  const runtime = document.querySelector('script[src*="/_next/static/"]') !== null;
  if (!runtime || html.hasAttribute('data-hydrated')) {
    ready();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!html.hasAttribute('data-hydrated')) return;
    observer.disconnect();
    ready();
  });
  observer.observe(html, { attributes: true, attributeFilter: ['data-hydrated'] });
}
