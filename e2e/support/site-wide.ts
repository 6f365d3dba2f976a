import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The specs that change WordPress for everyone (permalinks, language, the active theme, WordPress
// stopped mid-run, hundreds of hostile posts) get a WordPress of their own: a second instance of
// backend/wp.sh with its own state, database and port, seeded the same way. So they run beside the
// theme projects, on the second worker, instead of after them with one worker idle — and nothing
// they do can reach a theme project's pages.

const root = path.join(__dirname, '..', '..');
// Read once, when the runner loads this file: the site-wide worker later points these same
// variables at its own instance (see siteWideEnv), and the ports must not follow themselves.
const mainWpPort = Number(process.env.PRESSFRONT_WP_PORT ?? '8790');
const mainDbPort = Number(process.env.PRESSFRONT_DB_PORT ?? '33790');

export const siteWideWordPress = {
  stateDir: path.join(root, '.pressfront', 'site-wide'),
  wpPort: mainWpPort + 1,
  dbPort: mainDbPort + 1,
  url: `http://127.0.0.1:${mainWpPort + 1}`,
};

/** The variables that point backend/wp.sh (and so every e2e helper) at the site-wide WordPress. */
export function siteWideEnv(): Record<string, string> {
  return {
    PRESSFRONT_STATE_DIR: siteWideWordPress.stateDir,
    PRESSFRONT_WP_PORT: String(siteWideWordPress.wpPort),
    PRESSFRONT_DB_PORT: String(siteWideWordPress.dbPort),
    // Always this run's own, even when the developer's main instance was already running: a
    // restart (wordpress-down) keeps the run's mark, so the leftover check would see a survivor.
    PRESSFRONT_E2E_KEEP_WP: '0',
  };
}

/** Runs backend/wp.sh against the site-wide WordPress. */
export function siteWideWp(command: string): string {
  return execFileSync('bash', [path.join(root, 'backend', 'wp.sh'), command], {
    encoding: 'utf8',
    env: { ...process.env, ...siteWideEnv() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}
