import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { wpScript } from './support/wordpress-admin';

export const startedMarker = path.join(__dirname, '..', '.pressfront', 'started-by-e2e');

const wp = (command: string) =>
  execFileSync('bash', [path.join(__dirname, '..', 'backend', 'wp.sh'), command], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

/** Brings up the real local WordPress (installing and seeding it on a fresh machine), reset to the seed. */
export default function globalSetup() {
  const wasRunning = wp('status').includes('wordpress: running');
  wp('up');
  // The version that runs (backend/wp.sh's default unless PRESSFRONT_WP_VERSION asked for
  // another), for the specs whose WordPress differs between versions; the workers inherit it.
  process.env.PRESSFRONT_WP_VERSION = /^version: (\S+)$/m.exec(wp('status'))?.[1] ?? '';
  // The seed, with the theme projects' servers as the plugin's frontends: they keep WordPress's
  // answers (playwright.config.ts) until it tells them what changed, as a site's frontend does.
  wpScript('reset');
  if (!wasRunning) writeFileSync(startedMarker, String(Date.now()));
}
