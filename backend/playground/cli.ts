// WordPress Playground's CLI: installed on first use (not by the project's `npm ci`, so a machine on
// the native backend never pays its ~580 MB), at the version backend/playground/cli/ pins with its
// own lock file. Everything the backend runs in PHP goes through it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BackendError, type Layout } from './layout';
import { say } from './say';

const pinned = path.join(__dirname, 'cli');

/** The PHP version WordPress runs on (Debian 13's is 8.4; the CLI's default and best tested, 8.3). */
export const PHP_VERSION = '8.3';

/** Where the backend's files appear inside Playground's file system. */
export const inside = {
  wordpress: '/wordpress',
  backend: '/pressfront-backend',
  home: '/pressfront-home',
  images: '/pressfront-images',
  // The local must-use plugin writes wp_mail() to dirname(ABSPATH)/mail: / here.
  mail: '/mail',
  input: '/pressfront-input',
} as const;

/** The arguments backend/php/'s site scripts begin with: the WordPress folder and its address. */
export const siteArgs = (layout: Layout) => [inside.wordpress, layout.url];

function wantedVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(pinned, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return manifest.dependencies['@wp-playground/cli'] ?? '';
}

function installedVersion(layout: Layout): string | null {
  const file = path.join(layout.cli, 'node_modules', '@wp-playground', 'cli', 'package.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The CLI's entry script, installing the pinned version first when it is missing or another. */
export function ensureCli(layout: Layout): string {
  const wanted = wantedVersion();
  if (installedVersion(layout) !== wanted) {
    say(`installing WordPress Playground's CLI ${wanted} from npm into ${layout.cli} (once)`);
    rmSync(layout.cli, { recursive: true, force: true });
    mkdirSync(layout.cli, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) {
      copyFileSync(path.join(pinned, file), path.join(layout.cli, file));
    }
    mkdirSync(layout.logs, { recursive: true });
    const log = path.join(layout.logs, 'cli-install.log');
    // No install scripts: the one package that has one (fs-ext-extra-prebuilt, file locks) picks
    // its prebuilt binary when loaded.
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: layout.cli,
      encoding: 'utf8',
    });
    writeFileSync(log, `${npm.stdout ?? ''}${npm.stderr ?? ''}`);
    if (npm.status !== 0 || installedVersion(layout) !== wanted) {
      rmSync(layout.cli, { recursive: true, force: true });
      throw new BackendError(`could not install WordPress Playground's CLI from npm; see ${log}`);
    }
  }
  return path.join(layout.cli, 'node_modules', '@wp-playground', 'cli', 'wp-playground.js');
}

export interface PhpOptions {
  /** Mount this backend's folder (where install.php leaves the administrator's password). */
  home?: boolean;
  /** Mount the demo images' folder (make-images.php writes them). */
  images?: boolean;
  /** Mount this host folder as /pressfront-input (a file a script reads). */
  input?: string;
  memory?: string;
}

/** The mounts every Playground process gets, as CLI arguments. */
export function mountArgs(layout: Layout, extra: PhpOptions = {}): string[] {
  const args = [
    '--mount-before-install',
    `${layout.docroot}:${inside.wordpress}`,
    '--mount',
    `${layout.mail}:${inside.mail}`,
    '--mount',
    `${path.join(layout.root, 'backend')}:${inside.backend}`,
  ];
  if (extra.home) args.push('--mount', `${layout.home}:${inside.home}`);
  if (extra.images) args.push('--mount', `${layout.images}:${inside.images}`);
  if (extra.input) args.push('--mount', `${extra.input}:${inside.input}`);
  return args;
}

export interface PhpRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of backend/php/'s scripts in Playground's PHP, on the site's files and database (a
 * process of its own beside the server, ~5 s: it boots PHP and WordPress's files). SCRIPT is
 * relative to backend/php/; ARGS are passed as they are (siteArgs first for the site scripts, as
 * the native backend passes its docroot and address).
 */
export function runPhp(
  layout: Layout,
  script: string,
  args: string[],
  options: PhpOptions = {},
): Promise<PhpRun> {
  const cli = ensureCli(layout);
  mkdirSync(layout.mail, { recursive: true });
  const argv = [
    cli,
    'php',
    '--php',
    PHP_VERSION,
    ...mountArgs(layout, options),
    '--wordpress-install-mode',
    'do-not-attempt-installing',
    '--verbosity',
    'quiet',
    '--',
    ...(options.memory ? ['-d', `memory_limit=${options.memory}`] : []),
    `${inside.backend}/php/${script}`,
    ...args,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr }));
  });
}

/** runPhp, failing with one line that names LOG (where its output went) unless it succeeded. */
export async function runPhpOrFail(
  layout: Layout,
  what: string,
  script: string,
  args: string[],
  options: PhpOptions = {},
): Promise<string> {
  const run = await runPhp(layout, script, args, options);
  if (run.status !== 0) {
    const log = path.join(layout.logs, `${path.basename(script, '.php')}.log`);
    writeFileSync(log, `${run.stdout}\n${run.stderr}`);
    throw new BackendError(`${what} failed; see ${log}`);
  }
  return run.stdout;
}
