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
  const accent = { light: values.accent, dark: values.accentDark };
  const accentFg = {
    light: textOnAccent(values.accent, laidOut, 'light'),
    dark: textOnAccent(values.accentDark, laidOut, 'dark'),
  };
  // Buttons filled with the theme's accent take the owner's (a site design may give its own after).
  const { button, buttonFg } = laidOut.color;
  const followsAccent =
    button.light === laidOut.color.accent.light && button.dark === laidOut.color.accent.dark;
  return {
    ...laidOut,
    color: {
      ...laidOut.color,
      accent,
      accentFg,
      button: followsAccent ? accent : button,
      buttonFg: followsAccent ? accentFg : buttonFg,
    },
    font: { ...laidOut.font, display: pairing.display, body: pairing.body },
  };
}
