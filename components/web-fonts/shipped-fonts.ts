// The web fonts Pressfront ships (self-hosted, styles/font-faces.css) and how a page comes to use
// them. A reader's first page is drawn in the sized local fallbacks and downloads nothing for
// fonts on its way to the first paint: `font-display: optional` would not show a font that arrives
// after ~100 ms anyway, and on a phone's link 100–150 kB of fonts asked for at the highest priority
// held back the page's own image and text (Lighthouse: first paint ~2.0 → ~0.9 s, BENCHMARKS.md).
// Once the page is idle, components/web-fonts fetches the theme's fonts for the page's scripts
// and remembers it in the browser; from the next page on (a click or a new visit) the stacks start
// with them: a class per font on <html>, set before the first paint by an inline script.

export interface WebFont {
  /** Names its class on <html> (`pf-font-<key>`) and its entry in the browser's storage. */
  key: string;
  /** The family the @font-face rules declare. */
  family: string;
  /** The CSS variable the theme stacks name it by. */
  variable: `--${string}`;
  /**
   * The weights the themes set it in: its files carry this part of the weight axis alone where its
   * licence allows a cut (scripts/fonts/faces.ts), the rest in files of their own that only a page
   * asking for those weights downloads (a post's hand-set light text). scripts/fonts/weights.test.ts
   * reads the stylesheets and components and keeps this exact.
   */
  weights: { min: number; max: number };
}

// An owner may set any role in either family (themes/_engine/options/font-pairings.ts), so both cover every weight
// a theme uses: 400 (text) to 900 (Show's title, the error page's heading).
const themeWeights = { min: 400, max: 900 };

export const webFonts = {
  inter: { key: 'inter', family: 'Inter Variable', variable: '--font-inter', weights: themeWeights },
  sourceSerif: {
    key: 'source-serif',
    family: 'Source Serif 4 Variable',
    variable: '--font-source-serif',
    weights: themeWeights,
  },
} as const satisfies Record<string, WebFont>;

/** localStorage: the keys of the fonts this browser has fetched, space-separated. */
export const WEB_FONTS_STORAGE_KEY = 'pf-fonts';

export const webFontClass = (font: Pick<WebFont, 'key'>) => `pf-font-${font.key}`;

/** The web fonts a theme's token stylesheet names (its stacks, with the owner's options applied). */
export function webFontsIn(themeCss: string): WebFont[] {
  return Object.values(webFonts).filter((font) => themeCss.includes(`var(${font.variable})`));
}

/** The variables as a page whose fonts are in use has them: for readers without JavaScript. */
export const webFontsInUseCss = `:root{${Object.values(webFonts)
  .map((font) => `${font.variable}:'${font.family}'`)
  .join(';')}}`;
