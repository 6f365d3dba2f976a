import { defineTheme } from '../define-theme';

/**
 * The smallest possible theme: identity and a few tokens, everything else inherited from the
 * base. It is the worked example in docs/themes.md and runs through the same conformance suite.
 */
export const minimal = defineTheme({
  name: 'minimal',
  label: 'Minimal',
  description: 'The example theme: tokens only, everything else from the base theme.',
  screenshot: '/themes/minimal.png',
  tokens: {
    color: {
      accent: { light: '#0f6b4f', dark: '#6fd3ad' },
      focus: { light: '#0f6b4f', dark: '#6fd3ad' },
    },
    font: { display: 'var(--font-source-serif), ui-serif, Georgia, serif' },
  },
});
