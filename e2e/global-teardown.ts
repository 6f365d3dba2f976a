import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startedMarker } from './global-setup';

/** Stops WordPress only if this run started it: a developer's running instance is left alone. */
export default function globalTeardown() {
  if (!existsSync(startedMarker)) return;
  execFileSync('bash', [path.join(__dirname, '..', 'backend', 'wp.sh'), 'down'], { stdio: 'inherit' });
  rmSync(startedMarker);
}
