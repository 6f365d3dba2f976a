import { mergeTokens, type ThemeTokens } from '../tokens';
import { textOnAccent } from './contrast-guard';
import type { ThemeOptions, ThemeOptionValues } from './declare';
import { fontPairings } from './font-pairings';

/** The theme's tokens as the site owner customised them: layout variant, accent, fonts. */
export function applyOptions(
  tokens: ThemeTokens,
  options: ThemeOptions,
  values: ThemeOptionValues,
): ThemeTokens {
  const laidOut = mergeTokens(tokens, options.layoutTokens(values.layout));
  const pairing = fontPairings[values.fontPairing];
  return {
    ...laidOut,
    color: {
      ...laidOut.color,
      accent: { light: values.accent, dark: values.accentDark },
      accentFg: {
        light: textOnAccent(values.accent, laidOut, 'light'),
        dark: textOnAccent(values.accentDark, laidOut, 'dark'),
      },
    },
    font: { ...laidOut.font, display: pairing.display, body: pairing.body },
  };
}
