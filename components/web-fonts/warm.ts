import { WEB_FONTS_STORAGE_KEY, type WebFont, webFontClass } from '@/components/web-fonts/shipped-fonts';

// A reader's first page does not wait for the theme's fonts (components/web-fonts/shipped-fonts.ts says why): once it
// is idle, they are fetched for the next page. These are the steps, apart from React and timing so
// that unit tests can drive them with a font set and a storage of their own.

type Font = Pick<WebFont, 'key' | 'family' | 'weights'>;

/** What of the browser's font set this needs: the @font-face rules as FontFace objects, and load. */
export interface FontSource {
  forEach(callback: (face: Pick<FontFace, 'family' | 'style' | 'weight'>) => void): void;
  load(font: string, text?: string): Promise<unknown[]>;
}

/**
 * Whether to fetch fonts for later at all: not for a reader who asked their browser to save data
 * (Chrome's and Android's "Lite"/data saver, `Save-Data`) — the sized fallbacks serve them on
 * every page; fonts fetched before are still used.
 */
export function mayWarmFonts(nav: { connection?: { saveData?: boolean } } | undefined): boolean {
  return nav?.connection?.saveData !== true;
}

/** The keys of the fonts this browser has fetched (storage may be missing or refuse: none then). */
export function warmedFonts(storage: Pick<Storage, 'getItem'> | undefined): Set<string> {
  try {
    return new Set((storage?.getItem(WEB_FONTS_STORAGE_KEY) ?? '').split(' ').filter(Boolean));
  } catch {
    return new Set();
  }
}

const unquoted = (family: string) => family.replace(/^["']|["']$/g, '');

/**
 * Fetches each font's faces that the text needs — every style the rules declare (a post's italic
 * is in the next page too), in the weights the themes use (the rest of the axis is in faces of its
 * own that only a page asking for those weights downloads), only the script subsets whose ranges
 * the text touches — without using them on this page, so nothing on it moves. Resolves to the
 * keys of the fonts now in the cache.
 */
export async function warmFonts(fonts: Font[], text: string, source: FontSource): Promise<string[]> {
  const warmed: string[] = [];
  for (const font of fonts) {
    const styles = new Set<string>();
    source.forEach((face) => {
      if (unquoted(face.family) === font.family) styles.add(face.style);
    });
    // Any weight in the themes' range names the same files (one variable face per subset and style).
    const variants = [...styles].map((style) => `${style} ${font.weights.min}`);
    if (variants.length === 0) continue;
    const loads = await Promise.allSettled(
      variants.map((variant) => source.load(`${variant} 16px "${font.family}"`, text)),
    );
    // A failed download (offline, a blocked request) is tried again on a later page.
    if (loads.every((result) => result.status === 'fulfilled')) warmed.push(font.key);
  }
  return warmed;
}

/** Records fetched fonts beside those recorded before. */
export function rememberWarmed(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, keys: string[]) {
  if (keys.length === 0) return;
  try {
    const all = warmedFonts(storage);
    for (const key of keys) all.add(key);
    storage?.setItem(WEB_FONTS_STORAGE_KEY, [...all].sort().join(' '));
  } catch {
    // Storage full or refused: the fonts stay a first-page affair, nothing breaks.
  }
}

/** Puts fetched fonts to use: their classes on the root element (styles/font-faces.css). */
export function applyWarmedFonts(root: Pick<Element, 'classList'>, fonts: Font[], warmed: Set<string>) {
  for (const font of fonts) if (warmed.has(font.key)) root.classList.add(webFontClass(font));
}
