import type { ColorName } from './tokens';

// WCAG 2.2 contrast, for checking theme tokens: lib/colour's.
export { contrastRatio, luminance } from '@/lib/colour/contrast';

/** The token pairs that are text on a background: each must meet AA (4.5:1) in both schemes. */
export const AA_TEXT_PAIRS: readonly [ColorName, ColorName][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accentFg', 'accent'],
  ['buttonFg', 'button'],
];
