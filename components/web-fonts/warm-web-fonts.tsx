'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useMemo } from 'react';
import type { WebFont } from '@/components/web-fonts/shipped-fonts';
import { applyWarmedFonts, mayWarmFonts, rememberWarmed, warmFonts, warmedFonts } from './warm';

type Font = Pick<WebFont, 'key' | 'family' | 'weights'>;

/** The text a page shows, enough of it to tell which scripts' subsets it needs. */
const pageText = () => (document.body.innerText || '').slice(0, 50_000);

const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** After the load event, when the browser is idle (or a moment later where it cannot say). */
function whenIdle(run: () => void): () => void {
  let cancel = () => {};
  const start = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(run, { timeout: 5000 });
      cancel = () => window.cancelIdleCallback(id);
    } else {
      const id = setTimeout(run, 1000);
      cancel = () => clearTimeout(id);
    }
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    window.removeEventListener('load', start);
    cancel();
  };
}

/**
 * The theme's web fonts for the next page (components/web-fonts/shipped-fonts.ts): fetched once the first page is
 * idle, used from the next navigation on — a click changes the page anyway, so the switch moves
 * nothing a reader is reading (and counts for no layout shift).
 */
export function WarmWebFonts({ fonts: given }: { fonts: Font[] }) {
  const pathname = usePathname();
  // Stable across renders of the same theme (the array itself is new with every server render).
  const key = given.map((font) => `${font.key}=${font.family}`).join('|');
  const fonts = useMemo(() => given, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    applyWarmedFonts(document.documentElement, fonts, warmedFonts(storage()));
  }, [pathname, fonts]);

  useEffect(() => {
    const warmed = warmedFonts(storage());
    const missing = fonts.filter((font) => !warmed.has(font.key));
    if (missing.length === 0 || !mayWarmFonts(navigator as Parameters<typeof mayWarmFonts>[0])) return;
    return whenIdle(() => {
      warmFonts(missing, pageText(), document.fonts).then(
        (keys) => rememberWarmed(storage(), keys),
        () => undefined,
      );
    });
  }, [fonts]);

  return null;
}
