import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The installed themes, the default (`show`) first — the same list playwright.config.ts makes one
 * project each of. Specs in the site-wide project, which start servers of their own, use it to
 * cover every theme without a list of names to keep up to date.
 */
export function installedThemes(): string[] {
  const dir = path.join(__dirname, '..', '..', 'themes');
  return readdirSync(dir)
    .filter((name) => name !== 'base' && statSync(path.join(dir, name)).isDirectory())
    .sort((a, b) => (a === 'show' ? -1 : b === 'show' ? 1 : a.localeCompare(b)));
}
