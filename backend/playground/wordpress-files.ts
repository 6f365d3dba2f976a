// WordPress's own code for the Playground site, from the first source this machine has:
//   1. PRESSFRONT_WORDPRESS_FILES: a folder of WordPress the developer points at;
//   2. Debian's `wordpress` package files — Debian 13's 6.8, fetched from Debian's archive with
//      apt-get download (no root needed; the native backend's own fetch), or Debian 12's 6.1 where
//      it is installed: what this offline machine and CI use;
//   3. Playground's own download of the version from wordpress.org (PRESSFRONT_PLAYGROUND_WP may
//      name another zip's address): what a developer's laptop uses.
// Never committed to the repository. When none works, one line says what to do.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureCli, inside, PHP_VERSION } from './cli';
import { BackendError, type Layout } from './layout';
import { say } from './say';

/** The WordPress version a folder holds ("6.8.3"), or null when it holds none. */
export function versionIn(folder: string): string | null {
  const file = path.join(folder, 'wp-includes', 'version.php');
  if (!existsSync(path.join(folder, 'wp-load.php')) || !existsSync(file)) return null;
  return /\$wp_version\s*=\s*'([^']+)'/.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
}

/** Whether VERSION ("6.8.3", "6.8") is the release WANTED ("6.8") names. */
export const isRelease = (version: string, wanted: string) =>
  version === wanted || version.startsWith(`${wanted}.`) || version.startsWith(`${wanted}-`);

function fromEnvironment(layout: Layout, folder: string): string {
  const version = versionIn(folder);
  if (version === null) {
    throw new BackendError(`PRESSFRONT_WORDPRESS_FILES (${folder}) holds no WordPress (no wp-load.php)`);
  }
  if (!isRelease(version, layout.version)) {
    throw new BackendError(
      `PRESSFRONT_WORDPRESS_FILES holds WordPress ${version}, not ${layout.version}: point it at ${layout.version}’s files, or set PRESSFRONT_WP_VERSION`,
    );
  }
  return folder;
}

/**
 * Debian's files for the version, through the native backend's fetch: the folder, or why there is
 * none (for the one line that ends the search).
 */
function fromDebian(layout: Layout): { folder: string } | { missing: string } {
  const haveApt = spawnSync('sh', ['-c', 'command -v apt-get && command -v dpkg-deb'], { stdio: 'ignore' });
  if (layout.version === '6.8' && haveApt.status !== 0) return { missing: 'no apt-get for Debian’s archive' };
  const fetched = spawnSync(
    'bash',
    [path.join(layout.root, 'backend', 'native', 'wp.sh'), 'wordpress-files'],
    {
      encoding: 'utf8',
      env: { ...process.env, PRESSFRONT_WP_VERSION: layout.version },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const folder = fetched.stdout.trim();
  const version = folder ? versionIn(folder) : null;
  if (fetched.status === 0 && version !== null && isRelease(version, layout.version)) {
    process.stderr.write(fetched.stderr);
    return { folder };
  }
  const said = /error: (.*)$/m.exec(fetched.stderr)?.[1];
  return { missing: said ? `Debian’s: ${said}` : `no Debian WordPress ${layout.version} here` };
}

/**
 * Copies FROM into TO with every symbolic link resolved (Debian's tree links into its other
 * packages and /etc); a link that leads nowhere on this machine is left out.
 */
function copyResolved(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    dereference: true,
    filter: (source) => {
      try {
        statSync(source);
        return true;
      } catch {
        return false;
      }
    },
  });
}

/** Playground downloads the version into a scratch folder of ours; its install there is dropped. */
function download(layout: Layout, into: string, debian: string): void {
  const wp = process.env.PRESSFRONT_PLAYGROUND_WP ?? layout.version;
  say(`downloading WordPress ${wp} with Playground (no local files for it)`);
  const run = spawnSync(
    process.execPath,
    [
      ensureCli(layout),
      'run-blueprint',
      '--php',
      PHP_VERSION,
      `--wp=${wp}`,
      '--mount-before-install',
      `${into}:${inside.wordpress}`,
      '--wordpress-install-mode',
      'download-and-install',
      '--verbosity',
      'quiet',
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0 || versionIn(into) === null) {
    rmSync(into, { recursive: true, force: true });
    throw new BackendError(
      `no WordPress ${layout.version} files (${debian}) and Playground could not download them (offline?): set PRESSFRONT_WORDPRESS_FILES to an unpacked WordPress ${layout.version} folder (wordpress.org/download)`,
    );
  }
  for (const made of ['wp-config.php', 'wp-content/database', 'wp-content/debug.log']) {
    rmSync(path.join(into, made), { recursive: true, force: true });
  }
}

/**
 * Fills TO (which must not exist) with the WordPress files of the layout's version, from the first
 * source there is, and says which.
 */
export function copyWordPressFiles(layout: Layout, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  const given = process.env.PRESSFRONT_WORDPRESS_FILES;
  const debian = given ? { folder: fromEnvironment(layout, given) } : fromDebian(layout);
  if ('folder' in debian) {
    const { folder } = debian;
    say(`copying WordPress ${layout.version} from ${folder} into ${to}`);
    const partial = `${to}.partial`;
    rmSync(partial, { recursive: true, force: true });
    copyResolved(folder, partial);
    renameSync(partial, to);
    return;
  }
  const partial = `${to}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  download(layout, partial, debian.missing);
  renameSync(partial, to);
}
