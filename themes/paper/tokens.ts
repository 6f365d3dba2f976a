import { fontStacks } from '@/components/web-fonts/font-stacks';
import type { TokenOverrides } from '../_engine/tokens';

const serif = fontStacks.sourceSerif;

/** Paper: a quiet long read. Warm paper, ink, one serif, a narrow column and large photographs. */
export const paperTokens: TokenOverrides = {
  color: {
    bg: { light: '#fbf8f1', dark: '#1a1815' },
    surface: { light: '#f2ede1', dark: '#24211c' },
    fg: { light: '#1f1c17', dark: '#ece6da' },
    muted: { light: '#5c554a', dark: '#b8b0a2' },
    border: { light: '#dcd4c3', dark: '#3b362e' },
    accent: { light: '#7a2418', dark: '#e8a898' },
    accentFg: { light: '#fbf8f1', dark: '#1a1815' },
    focus: { light: '#1f4f9c', dark: '#9cc0ff' },
  },
  font: { sans: serif, display: serif, body: serif },
  text: {
    base: '1.25rem',
    lead: '1.375rem',
    h1: 'clamp(2rem, 1.6rem + 1.8vw, 2.875rem)',
    h2: 'clamp(1.5rem, 1.3rem + 0.8vw, 1.875rem)',
    caption: '0.9375rem',
  },
  caption: { variant: 'small-caps', align: 'center' },
  radius: { card: '0', button: '0' },
  width: { measure: '36rem', wide: '52rem', figure: '52rem' },
};
