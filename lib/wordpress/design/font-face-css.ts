import { fallbackFaceCss } from '../../fonts/fallback-faces';
import type { SiteDesign } from './types';

// The @font-face rules for the site design's fonts that a stylesheet uses, written by us from
// checked faces (reshape.ts: family names of letters, digits and spaces; files on the site's own
// WordPress, addresses with no quotes, brackets or spaces), served from this origin.
// font-display: optional — a font that is not there within the browser's short block period (about
// 100 ms: in its cache, or on a fast link) is not swapped in later, so it never moves the page (CLS
// 0); the page shows in the local fallbacks sized to the font's room (font-fallbacks.ts), and the
// file, fetched all the same, serves the reader's next page from the browser's cache. Pressfront's
// own fonts take the same line (components/web-fonts).

const FORMATS: Record<string, string> = { woff2: 'woff2', woff: 'woff', ttf: 'truetype', otf: 'opentype' };

/** Where this origin serves a font file of WordPress's (app/api/design-fonts): no CORS needed. */
export const DESIGN_FONTS_PATH = '/api/design-fonts/';
export function designFontPath(url: string): string | null {
  const at = url.indexOf('/wp-content/themes/');
  return at === -1 ? null : `${DESIGN_FONTS_PATH}${url.slice(at + 1)}`;
}

/** @font-face rules for the faces whose family one of `fontStacks` names, and their sized fallbacks. */
export function designFontFaceCss(design: SiteDesign, fontStacks: readonly string[]): string {
  const used = fontStacks.join(',').toLowerCase();
  const names = (family: string) => used.includes(family.toLowerCase());
  const faces = design.fontFaces
    .filter((face) => names(face.family))
    .map((face) => {
      const src = face.src
        .map((url) => {
          const path = designFontPath(url);
          const format = FORMATS[url.split('.').pop()?.toLowerCase() ?? ''];
          return path ? `url("${path}")${format ? ` format("${format}")` : ''}` : null;
        })
        .filter((source) => source !== null)
        .join(',');
      if (!src) return '';
      return `@font-face{font-family:"${face.family}";src:${src};font-weight:${face.weight};font-style:${face.style};font-display:optional}`;
    });
  const fallbacks = design.fontFallbacks
    .filter((fallback) => names(fallback.family))
    .flatMap((fallback) => fallback.faces.map((face) => fallbackFaceCss(face)));
  return [...faces, ...fallbacks].join('');
}
