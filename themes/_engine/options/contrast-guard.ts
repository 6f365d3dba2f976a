import { contrastRatio } from '../contrast';
import type { ThemeTokens } from '../tokens';

// WCAG 2.2 AA for text: an accent colour is used for links on the page and on cards, so it must
// read on both the theme's background and its surface, in the scheme it is chosen for.
export const AA_TEXT = 4.5;

export type Scheme = 'light' | 'dark';

/** The colours an accent is read against, named as the message names them. */
export function accentBackgrounds(tokens: ThemeTokens, scheme: Scheme) {
  return [
    { name: 'background', hex: tokens.color.bg[scheme] },
    { name: 'surface', hex: tokens.color.surface[scheme] },
  ];
}

/**
 * Why `hex` cannot be the accent colour of `scheme` (the ratio in the message), or null when it
 * meets AA against every background it is read on.
 */
export function accentContrastProblem(hex: string, tokens: ThemeTokens, scheme: Scheme): string | null {
  for (const against of accentBackgrounds(tokens, scheme)) {
    const ratio = contrastRatio(hex, against.hex);
    if (ratio < AA_TEXT) {
      return `${hex} has a contrast of ${floor2(ratio)}:1 against the ${scheme} scheme's ${against.name} ${against.hex}; WCAG AA needs at least ${AA_TEXT}:1`;
    }
  }
  return null;
}

/**
 * The text colour for buttons filled with `accent`: the theme's own when it still reads, else the
 * background (which reads on any accent that passed the guard, contrast being symmetric).
 */
export function textOnAccent(accent: string, tokens: ThemeTokens, scheme: Scheme): string {
  const own = tokens.color.accentFg[scheme];
  return contrastRatio(own, accent) >= AA_TEXT ? own : tokens.color.bg[scheme];
}

// Rounded down, so a colour just under the line never shows as "4.50:1".
const floor2 = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);
