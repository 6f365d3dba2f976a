// The Playground backend's commands (backend/wp.sh lists them; backend/playground/wp.sh answers
// env, status and down itself, fast, and hands the rest here). Every failure is one line.
import { createConnection } from 'node:net';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inside, runPhpOrFail, siteArgs } from './cli';
import { BackendError, layoutOf, type Layout } from './layout';
import { say } from './say';
import { hasSnapshot, isSound, restoreSnapshot, takeSnapshot } from './site-database';
import { installAndSeed, installedVersion, machineSecret, prepareDocroot, setBridgeSecret } from './site';
import { runningPid, startServer, stopServer } from './server';
import { readEnvLines } from '../env-lines';

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function up(layout: Layout): Promise<void> {
  const running = runningPid(layout) !== null;
  const installed = installedVersion(layout);
  if (running && installed !== null && installed !== layout.version) {
    throw new BackendError(
      `WordPress ${installed} is running; stop it (npm run wp:down) before switching to ${layout.version}`,
    );
  }
  const secret = machineSecret(layout);
  if (running && existsSync(layout.seeded)) {
    await setBridgeSecret(layout, secret);
    say('already running');
    process.stdout.write(`WORDPRESS_URL=${layout.url}\n`);
    return;
  }
  if (!running && (await portTaken(layout.port))) {
    throw new BackendError(
      `port ${layout.port} (the local WordPress) is taken by another program; free it or set PRESSFRONT_WP_PORT to move it`,
    );
  }
  // Ctrl-C (or a TERM) while starting: what this start began is stopped, as on a failure; the
  // next `up` sees the first start did not finish and begins it again.
  const interrupted = (signal: NodeJS.Signals) => {
    say(`interrupted (${signal}): stopping what this start began`);
    void (running ? Promise.resolve(false) : stopServer(layout)).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    prepareDocroot(layout);
    if (existsSync(layout.seeded) && !isSound(layout.database)) {
      if (hasSnapshot(layout)) {
        say("the site's database is damaged (a write cut short?): starting from the seeded snapshot");
        restoreSnapshot(layout);
      } else {
        say("the site's database is damaged and there is no snapshot: installing and seeding anew");
        rmSync(layout.seeded, { force: true });
      }
    } else if (!existsSync(layout.seeded) && existsSync(layout.database)) {
      say('an earlier first start did not finish: installing and seeding anew');
    }
    await startServer(layout);
    if (existsSync(layout.seeded)) await setBridgeSecret(layout, secret);
    else await installAndSeed(layout, secret);
  } catch (error) {
    // A start that fails half-way stops what it started, so nothing is left running for nothing.
    if (!running) await stopServer(layout);
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
  say(`WordPress admin: ${layout.url}/wp-admin/ (user admin, password in ${layout.adminPassword})`);
  process.stdout.write(`WORDPRESS_URL=${layout.url}\n`);
}

/** Sets an option through the local must-use plugin's route, as the administrator. */
async function setOption(layout: Layout, name: string, value: string): Promise<string> {
  const credentials = readEnvLines(
    existsSync(layout.credentials) ? readFileSync(layout.credentials, 'utf8') : '',
  );
  const user = credentials.WORDPRESS_APP_USER;
  const password = credentials.WORDPRESS_APP_PASSWORD;
  if (!user || !password)
    throw new BackendError('no Application Password: is the local WordPress seeded? (npm run wp:up)');
  const response = await fetch(`${layout.url}/wp-json/pressfront-local/v1/option`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ name, value }),
  });
  const answer = (await response.json().catch(() => ({}))) as { line?: string; message?: string };
  if (!response.ok || !answer.line) {
    throw new BackendError(`setting ${name} failed: HTTP ${response.status} ${answer.message ?? ''}`.trim());
  }
  return answer.line;
}

function requireRunning(layout: Layout): void {
  if (runningPid(layout) === null) throw new BackendError('WordPress is not running; run: npm run wp:up');
}

async function sitePhp(layout: Layout, what: string, script: string, args: string[], memory?: string) {
  requireRunning(layout);
  process.stdout.write(await runPhpOrFail(layout, what, script, [...siteArgs(layout), ...args], { memory }));
}

function usage(command: string, expected: number, args: string[], text: string): void {
  if (args.length !== expected) throw new BackendError(`usage: wp.sh ${command} ${text}`);
}

async function main(argv: string[]): Promise<void> {
  const [command = '', ...args] = argv;
  const layout = layoutOf();
  switch (command) {
    case 'up':
      return up(layout);
    case 'down':
      if (await stopServer(layout)) say('stopped WordPress Playground');
      return;
    case 'reset':
      requireRunning(layout);
      if (!hasSnapshot(layout)) throw new BackendError('no snapshot yet; run: npm run wp:up');
      restoreSnapshot(layout);
      await setBridgeSecret(layout, machineSecret(layout));
      say('restored the seeded snapshot');
      return;
    case 'seed':
      requireRunning(layout);
      await installAndSeed(layout, machineSecret(layout));
      say('installed and seeded anew; snapshot taken');
      return;
    case 'snapshot':
      requireRunning(layout);
      takeSnapshot(layout);
      say('the site as it is now is the snapshot `reset` restores');
      return;
    case 'packages':
      say(
        "nothing to install system-wide: Playground's CLI installs into .pressfront/playground/cli/ on first start",
      );
      return;
    case 'option':
      usage(command, 2, args, 'NAME VALUE');
      // The permalink structure rebuilds the rewrite rules: PHP's helper. Any other, a request.
      if (args[0] === 'permalink_structure')
        return sitePhp(layout, 'setting the option', 'set-option.php', args);
      requireRunning(layout);
      process.stdout.write(`${await setOption(layout, args[0] as string, args[1] as string)}\n`);
      return;
    case 'php-theme':
      usage(command, 1, args, 'STYLESHEET');
      return sitePhp(layout, 'switching the theme', 'switch-theme.php', args);
    case 'privacy':
      usage(command, 2, args, 'export|erase EMAIL');
      return sitePhp(layout, 'the privacy request', 'privacy.php', args);
    case 'sql':
      usage(command, 1, args, "'STATEMENT'");
      return sitePhp(layout, 'the SQL statement', 'run-sql.php', args);
    case 'generate':
      usage(command, 1, args, 'COUNT');
      return sitePhp(layout, 'generating posts', 'generate-posts.php', args, '1G');
    case 'insert': {
      usage(command, 1, args, 'FILE.json');
      requireRunning(layout);
      const file = path.resolve(args[0] as string);
      const out = await runPhpOrFail(
        layout,
        'inserting posts',
        'insert-posts.php',
        [...siteArgs(layout), `${inside.input}/${path.basename(file)}`],
        { input: path.dirname(file), memory: '1G' },
      );
      process.stdout.write(out);
      return;
    }
    default:
      throw new BackendError(`unknown command for the Playground backend: ${command || '(none)'}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof BackendError) {
    process.stderr.write(`[wp] error: ${error.message}\n`);
  } else {
    process.stderr.write(
      `[wp] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
