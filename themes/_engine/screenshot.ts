import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Theme } from './types';

/**
 * The public path of a theme's screenshot: the one it names, else public/themes/<name>.png when
 * `npm run themes:screenshots` made one; null when there is none (wp-admin then shows the card
 * without a picture rather than a broken one).
 */
export function themeScreenshot(theme: Theme, publicDir = path.join(process.cwd(), 'public')): string | null {
  if (theme.screenshot) return theme.screenshot;
  const conventional = `/themes/${theme.name}.png`;
  return existsSync(path.join(publicDir, conventional)) ? conventional : null;
}
