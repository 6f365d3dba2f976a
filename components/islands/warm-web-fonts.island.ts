// The theme's web fonts for the next page (components/web-fonts/warm-web-fonts.tsx): fetched once
// the first page is idle, and remembered, so the next page's head script uses them from its first
// paint (components/web-fonts/head-script.ts) — a click changes the page anyway, so the switch
// moves nothing a reader is reading. Never on a connection that asks to save data.
import { applyWarmedFonts, mayWarmFonts, rememberWarmed, warmFonts, warmedFonts } from '../web-fonts/warm';
import type { WebFont } from '../web-fonts/shipped-fonts';
import { claim } from './claim';

type Font = Pick<WebFont, 'key' | 'family' | 'weights'>;

const isWeights = (value: unknown): value is Font['weights'] =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Font['weights']).min === 'number' &&
  typeof (value as Font['weights']).max === 'number';

const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** The fonts the element names, or none when its list is not one. */
function readFonts(value: string | undefined): Font[] {
  try {
    const list: unknown = JSON.parse(value ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (f): f is Font =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as Font).key === 'string' &&
        typeof (f as Font).family === 'string' &&
        isWeights((f as Font).weights),
    );
  } catch {
    return [];
  }
}

/** After the load event, when the browser is idle (or a moment later where it cannot say). */
function whenIdle(run: () => void): void {
  const start = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 1000);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

export function init(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-island="warm-web-fonts"]')) {
    if (!claim(element, 'warm-web-fonts')) continue;
    const fonts = readFonts(element.dataset.fonts);
    applyWarmedFonts(document.documentElement, fonts, warmedFonts(storage()));
    const warmed = warmedFonts(storage());
    const missing = fonts.filter((font) => !warmed.has(font.key));
    if (missing.length === 0 || !mayWarmFonts(navigator as Parameters<typeof mayWarmFonts>[0])) continue;
    whenIdle(() => {
      const text = (document.body.innerText || '').slice(0, 50_000);
      warmFonts(missing, text, document.fonts).then(
        (keys) => rememberWarmed(storage(), keys),
        () => undefined,
      );
    });
  }
}
