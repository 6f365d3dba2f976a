// What `npm run theme:new NAME` writes: a theme folder that keeps the contract as generated —
// identity, an accent from a palette that meets WCAG AA on the base theme's backgrounds in both
// schemes, the base options — for its author to grow from (docs/themes.md).

/** Accent pairs checked against the base tokens (scaffold.test.ts): light on white, dark on near-black. */
export const ACCENTS = [
  { light: '#9c2f6b', dark: '#f49ac2' },
  { light: '#7b3fa0', dark: '#c9a7f5' },
  { light: '#1f6f8b', dark: '#7fd1ea' },
  { light: '#8a4b08', dark: '#f2b66d' },
  { light: '#2f6f3e', dark: '#8fdca0' },
  { light: '#b03a2e', dark: '#ff9a8f' },
  { light: '#3b4cc0', dark: '#a9b4ff' },
  { light: '#6b4f1d', dark: '#e3c48a' },
] as const;

export const THEME_NAME = /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/;

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

const label = (name: string) =>
  name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** The theme folder's files, by name. */
export function scaffoldTheme(name: string, taken: readonly string[]): Record<string, string> {
  if (!THEME_NAME.test(name)) {
    throw new ScaffoldError(
      `"${name}" cannot be a theme name: use 3 to 32 lowercase letters, digits and dashes, starting with a letter`,
    );
  }
  if (name === 'base' || taken.includes(name)) {
    throw new ScaffoldError(`a theme named "${name}" already exists (themes/${name}/)`);
  }
  const hash = [...name].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) >>> 0, 7);
  const accent = ACCENTS[hash % ACCENTS.length]!;
  return {
    'index.ts': `import { defineTheme } from '@/themes/_engine/define-theme';
import { tokens } from './tokens';

/**
 * ${label(name)}: made with \`npm run theme:new ${name}\`. Everything not set here comes from the
 * base theme; docs/themes.md shows how to bring your own header, cards and templates.
 */
export default defineTheme({
  name: '${name}',
  label: '${label(name)}',
  description: 'A new Pressfront theme: describe how it looks in one sentence.',
  tokens,
  // What the site owner may change in wp-admin (themes/_engine/options): the base options unless you
  // offer your own layouts or font pairings here.
  options: {},
});
`,
    'tokens.ts': `import type { TokenOverrides } from '@/themes/_engine/tokens';

/** The design tokens that make ${label(name)} look like itself; the rest are the base theme's. */
export const tokens: TokenOverrides = {
  color: {
    accent: { light: '${accent.light}', dark: '${accent.dark}' },
    focus: { light: '${accent.light}', dark: '${accent.dark}' },
  },
};
`,
  };
}
