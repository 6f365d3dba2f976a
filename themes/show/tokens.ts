import type { TokenOverrides } from '../_engine/tokens';

/** Show: a bold news magazine. White paper, black type, one strong red. */
export const showTokens: TokenOverrides = {
  color: {
    bg: { light: '#ffffff', dark: '#121212' },
    surface: { light: '#f4f4f2', dark: '#1d1d1d' },
    fg: { light: '#161616', dark: '#f1f1ef' },
    muted: { light: '#575757', dark: '#b4b4b0' },
    border: { light: '#e2e2de', dark: '#343434' },
    accent: { light: '#b80f2a', dark: '#ff7a85' },
    accentFg: { light: '#ffffff', dark: '#121212' },
    focus: { light: '#1d4ed8', dark: '#8ab4ff' },
  },
  text: { base: '1.1875rem', h1: 'clamp(2rem, 1.3rem + 3vw, 3.5rem)' },
  width: { measure: '42rem', wide: '72rem', figure: '42rem' },
};
