import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startedMarker } from './global-setup';
import { siteWideWp } from './support/site-wide';

/**
 * Stops the main WordPress only if this run started it (a developer's running instance is left
 * alone); the site-wide specs' instance is the suite's own and always stops.
 */
export default function globalTeardown() {
  siteWideWp('down');
  if (!existsSync(startedMarker)) return;
  execFileSync('bash', [path.join(__dirname, '..', 'backend', 'wp.sh'), 'down'], { stdio: 'inherit' });
  rmSync(startedMarker);
}
