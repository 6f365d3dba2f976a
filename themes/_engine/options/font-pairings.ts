// The font pairings a theme may offer its site owner: combinations of the fonts Pressfront ships
// (self-hosted, styles/font-faces.css), so choosing one never fetches anything. `sans` (the interface:
// menus, buttons, labels) stays the theme's own; a pairing sets headlines and body text.

import { fontStacks } from '@/components/web-fonts/font-stacks';

const inter = fontStacks.inter;
const sourceSerif = fontStacks.sourceSerif;

export const fontPairings = {
  'sans-headlines': { label: 'Inter headlines, Source Serif text', display: inter, body: sourceSerif },
  'serif-headlines': { label: 'Source Serif headlines, Inter text', display: sourceSerif, body: inter },
  sans: { label: 'Inter throughout', display: inter, body: inter },
  serif: { label: 'Source Serif throughout', display: sourceSerif, body: sourceSerif },
} as const;

export type FontPairingName = keyof typeof fontPairings;

export const fontPairingNames = Object.keys(fontPairings) as FontPairingName[];
