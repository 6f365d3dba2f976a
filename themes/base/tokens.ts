import { fontStacks } from '@/components/web-fonts/font-stacks';
import type { ThemeTokens } from '../_engine/tokens';

/** Neutral defaults every theme starts from. Fonts are the self-hosted ones in styles/font-faces.css. */
export const baseTokens: ThemeTokens = {
  color: {
    bg: { light: '#ffffff', dark: '#15171a' },
    surface: { light: '#f3f4f6', dark: '#1f2226' },
    fg: { light: '#17181a', dark: '#eceef0' },
    muted: { light: '#555a60', dark: '#a9afb6' },
    border: { light: '#dcdfe3', dark: '#363a40' },
    accent: { light: '#1d4ed8', dark: '#8fb3ff' },
    accentFg: { light: '#ffffff', dark: '#111318' },
    // The accent's: a theme's buttons are its accent's (defineTheme), and the owner's (applyOptions).
    button: { light: '#1d4ed8', dark: '#8fb3ff' },
    buttonFg: { light: '#ffffff', dark: '#111318' },
    focus: { light: '#1d4ed8', dark: '#8fb3ff' },
  },
  font: {
    sans: fontStacks.inter,
    display: fontStacks.inter,
    body: fontStacks.sourceSerif,
  },
  weight: { body: '400', heading: '800' },
  text: {
    small: '0.875rem',
    base: '1.0625rem',
    lead: '1.25rem',
    h3: '1.25rem',
    h2: 'clamp(1.5rem, 1.2rem + 1.2vw, 2rem)',
    h1: 'clamp(2rem, 1.4rem + 2.6vw, 3.25rem)',
    caption: '0.8125rem',
  },
  caption: { variant: 'normal', align: 'start' },
  space: { gutter: '1rem', section: '2.5rem' },
  radius: { card: '0.25rem', button: '0.25rem' },
  width: { measure: '42rem', wide: '72rem', figure: '42rem' },
};
