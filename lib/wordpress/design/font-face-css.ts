import type { SiteDesign } from './types';

// The @font-face rules for the site design's fonts that a stylesheet uses, written by us from
// checked faces (reshape.ts: family names of letters, digits and spaces; files on the site's own
// WordPress, addresses with no quotes, brackets or spaces), served from this origin. font-display: swap — the text shows at
// once in the fallback and takes the font when it arrives.

const FORMATS: Record<string, string> = { woff2: 'woff2', woff: 'woff', ttf: 'truetype', otf: 'opentype' };

/** Where this origin serves a font file of WordPress's (app/api/design-fonts): no CORS needed. */
export const DESIGN_FONTS_PATH = '/api/design-fonts/';
export function designFontPath(url: string): string | null {
  const at = url.indexOf('/wp-content/themes/');
  return at === -1 ? null : `${DESIGN_FONTS_PATH}${url.slice(at + 1)}`;
}

/** @font-face rules for the faces whose family one of `fontStacks` names. */
export function designFontFaceCss(design: SiteDesign, fontStacks: readonly string[]): string {
  const used = fontStacks.join(',').toLowerCase();
  return design.fontFaces
    .filter((face) => used.includes(face.family.toLowerCase()))
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
      return `@font-face{font-family:"${face.family}";src:${src};font-weight:${face.weight};font-style:${face.style};font-display:swap}`;
    })
    .join('');
}
