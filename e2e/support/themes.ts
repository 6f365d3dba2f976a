import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The installed themes, the default first — the same list playwright.config.ts makes one project
 * each of. Asked of the registry itself (npm run themes -- --names), so theme folders and theme
 * packages alike are covered, with no list of names to keep up to date; asked once per run (the
 * answer travels to Playwright's workers in the environment).
 */
export function installedThemes(): string[] {
  if (!process.env.PRESSFRONT_E2E_THEMES) {
    const root = path.join(__dirname, '..', '..');
    process.env.PRESSFRONT_E2E_THEMES = execFileSync('npx', ['tsx', 'scripts/list-themes.ts', '--names'], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .join(',');
  }
  return process.env.PRESSFRONT_E2E_THEMES.split(',');
}
