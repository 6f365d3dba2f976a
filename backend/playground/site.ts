// The Playground site's files and its first install: the WordPress tree it serves (with our
// configuration, the local must-use plugins and the checkout's companion plugin), installed and
// seeded as the native backend's is — the same PHP scripts (backend/php/) and the same seed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { inside, runPhpOrFail, siteArgs } from './cli';
import { BackendError, type Layout } from './layout';
import { say } from './say';
import { dropSite, takeSnapshot } from './site-database';
import { copyWordPressFiles } from './wordpress-files';
import { readEnvLines } from '../env-lines';

export const installedVersion = (layout: Layout): string | null =>
  existsSync(layout.versionFile) ? readFileSync(layout.versionFile, 'utf8').trim() : null;

function wpConfig(layout: Layout): string {
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
    .map((key) => `define('${key}', '${randomBytes(36).toString('base64url')}');`)
    .join('\n');
  return `<?php
// Written by backend/playground/ for the embedded local WordPress on WordPress Playground. Not for
// production. The database is SQLite (Playground's SQLite integration plugin): no DB_* settings.
${salts}
$table_prefix = 'wp_';
define('WP_HOME', '${layout.url}');
define('WP_SITEURL', '${layout.url}');
// 'local' lets Application Passwords work over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
`;
}

/** The tree Playground serves: made on first start (or for another version), refreshed after. */
export function prepareDocroot(layout: Layout): void {
  const installed = installedVersion(layout);
  if (existsSync(layout.docroot) && installed !== layout.version) {
    say(`switching the local WordPress to ${layout.version}: it is installed and seeded anew`);
    for (const stale of [
      layout.docroot,
      layout.snapshot,
      layout.seeded,
      layout.credentials,
      layout.adminPassword,
    ]) {
      rmSync(stale, { recursive: true, force: true });
    }
  }
  if (!existsSync(path.join(layout.docroot, 'wp-load.php'))) {
    rmSync(layout.docroot, { recursive: true, force: true });
    rmSync(layout.seeded, { force: true });
    const partial = `${layout.docroot}.new`;
    rmSync(partial, { recursive: true, force: true });
    copyWordPressFiles(layout, partial);
    for (const foreign of ['wp-config.php', '.htaccess'])
      rmSync(path.join(partial, foreign), { force: true });
    writeFileSync(path.join(partial, 'wp-config.php'), wpConfig(layout));
    renameSync(partial, layout.docroot);
    writeFileSync(layout.versionFile, `${layout.version}\n`);
  }
  const content = path.join(layout.docroot, 'wp-content');
  mkdirSync(path.join(content, 'mu-plugins'), { recursive: true });
  mkdirSync(layout.uploads, { recursive: true });
  const muPlugins = path.join(layout.root, 'backend', 'mu-plugins');
  for (const file of readdirSync(muPlugins).filter((name) => name.endsWith('.php'))) {
    cpSync(path.join(muPlugins, file), path.join(content, 'mu-plugins', file));
  }
  // The companion plugin, always the checkout's version (install.php activates it).
  const bridge = path.join(content, 'plugins', 'pressfront-bridge');
  rmSync(bridge, { recursive: true, force: true });
  cpSync(path.join(layout.root, 'backend', 'plugin', 'pressfront-bridge'), bridge, { recursive: true });
}

function seedThroughRest(layout: Layout, credentials: string): Promise<void> {
  const variables = readEnvLines(credentials);
  const log = path.join(layout.logs, 'seed.log');
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(layout.root, 'node_modules', '.bin', 'tsx'), ['backend/content/seed.ts'], {
      cwd: layout.root,
      env: {
        ...process.env,
        ...variables,
        WORDPRESS_URL: layout.url,
        PRESSFRONT_IMAGES_DIR: layout.images,
        PRESSFRONT_WP_VERSION: layout.version,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      writeFileSync(log, output);
      if (status === 0) resolve();
      else reject(new BackendError(`seeding failed; see ${log}`));
    });
  });
}

/**
 * Installs WordPress on an empty database and seeds the demo through REST, then snapshots it.
 * The server must be running (the seed speaks to it). An earlier attempt that did not finish left
 * no `seeded` mark: it starts again from nothing.
 */
export async function installAndSeed(layout: Layout, secret: string): Promise<void> {
  dropSite(layout);
  rmSync(layout.adminPassword, { force: true });
  say('installing WordPress');
  const credentials = await runPhpOrFail(
    layout,
    'WordPress install',
    'install.php',
    [...siteArgs(layout), `${inside.home}/admin-password.txt`],
    { home: true },
  );
  if (!/WORDPRESS_APP_PASSWORD=/.test(credentials))
    throw new BackendError('WordPress install printed no credentials');
  writeFileSync(`${layout.credentials}.tmp`, credentials);
  renameSync(`${layout.credentials}.tmp`, layout.credentials);
  if (!existsSync(path.join(layout.images, 'harbour-dawn.jpg'))) {
    say('generating demo images');
    mkdirSync(layout.images, { recursive: true });
    await runPhpOrFail(layout, 'image generation', 'make-images.php', [inside.images], { images: true });
  }
  say('seeding demo content through the REST API (a minute or two on Playground)');
  await seedThroughRest(layout, credentials);
  await setBridgeSecret(layout, secret);
  takeSnapshot(layout);
  writeFileSync(layout.seeded, '');
}

/** Sets the machine's bridge secret in WordPress when it is not the one set last. */
export async function setBridgeSecret(layout: Layout, secret: string): Promise<void> {
  const set = existsSync(layout.bridgeSecretSet) ? readFileSync(layout.bridgeSecretSet, 'utf8').trim() : '';
  if (set === secret) return;
  await runPhpOrFail(layout, 'setting the bridge secret', 'set-option.php', [
    ...siteArgs(layout),
    'pressfront_bridge_secret',
    secret,
  ]);
  writeFileSync(layout.bridgeSecretSet, `${secret}\n`);
}

/** The secret the companion plugin and the frontend share, made once for this machine. */
export function machineSecret(layout: Layout): string {
  if (!existsSync(layout.bridgeSecret) || readFileSync(layout.bridgeSecret, 'utf8').trim() === '') {
    mkdirSync(path.dirname(layout.bridgeSecret), { recursive: true });
    writeFileSync(layout.bridgeSecret, randomBytes(32).toString('hex'));
  }
  return readFileSync(layout.bridgeSecret, 'utf8').trim();
}
