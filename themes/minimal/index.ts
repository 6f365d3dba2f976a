import { defineTheme } from '../_engine/define-theme';
import { fontStacks } from '@/components/web-fonts/font-stacks';

/**
 * The smallest possible theme: identity and a few tokens, everything else inherited from the
 * base. It is the worked example in docs/themes.md and runs through the same conformance suite.
 */
export default defineTheme({
  name: 'minimal',
  label: 'Minimal',
  description: 'The example theme: tokens only, everything else from the base theme.',
  tokens: {
    color: {
      accent: { light: '#0f6b4f', dark: '#6fd3ad' },
      focus: { light: '#0f6b4f', dark: '#6fd3ad' },
    },
    font: { display: fontStacks.sourceSerif },
  },
  // Its options are the base theme's, but its type is serif: that pairing comes first.
  options: { fontPairings: ['serif', 'sans-headlines', 'sans'] },
});
