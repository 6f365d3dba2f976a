// `npm run themes:screenshots` (run through scripts/themes-screenshots.sh, which brings up the local
// WordPress and a build): renders every installed theme against the local WordPress and writes
// public/themes/<name>.png — the screenshots wp-admin's themes screen and `npm run themes` show.
// With --docs it also photographs wp-admin's Pressfront screens and a theme switch for
// docs/themes.md (docs/screenshots/themes/; --switch-to NAME), restoring the site's settings after.
// With --content, a classic-editor post and an Arabic (right-to-left) page in every theme
// (docs/screenshots/content/; content-screenshots.ts). With --fidelity, only the `site` theme
// against WordPress's own render (design-fidelity.ts; npm run themes:fidelity).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { DEFAULT_THEME, themes } from '@/themes/_engine/registry';
import { documentContent } from './content-screenshots';
import { documentFidelity } from './design-fidelity';
import { chromiumExecutable } from '../lib/chromium';

const root = path.join(__dirname, '..', '..');
const basePort = Number(process.env.PRESSFRONT_SCREENSHOT_PORT ?? '3290');
const wp = (...args: string[]) =>
  execFileSync('bash', [path.join(root, 'backend', 'wp.sh'), ...args], { encoding: 'utf8' });
const wordpressUrl = /^WORDPRESS_URL='?([^'\n]*)/m.exec(wp('env'))?.[1] ?? 'http://127.0.0.1:8790';

// Next's own command, not `npx next`: npx's process would leave next-server behind when stopped.
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function startSite(port: number, theme: string | null): ChildProcess {
  return spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, PRESSFRONT_THEME: theme ?? '', PRESSFRONT_PAGE_CACHE_SECONDS: '0' },
    stdio: 'ignore',
    detached: true,
  });
}
async function waitUp(url: string) {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`${url}/api/health/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}
const stop = (child: ChildProcess) => {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
};

async function shoot(page: Page, url: string, file: string) {
  await page.goto(url, { waitUntil: 'networkidle' });
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  console.log(`  ${path.relative(root, file)}`);
}

async function main() {
  if (process.argv.includes('--fidelity')) return fidelity();
  const docs = process.argv.includes('--docs');
  const names = Object.keys(themes);
  const sites = names.map((name, i) => startSite(basePort + i, name));
  const following = docs ? startSite(basePort + names.length, null) : null;
  const browser = await chromium.launch({
    executablePath: chromiumExecutable('full'),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    // A 1280 × 800 page at half scale: 640 × 400, the size the themes screen shows.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 0.5,
      colorScheme: 'light',
    });
    const page = await context.newPage();
    console.log('[screenshots] themes');
    for (const [i, name] of names.entries()) {
      const url = `http://localhost:${basePort + i}`;
      await waitUp(url);
      await shoot(page, `${url}/`, path.join(root, 'public', 'themes', `${name}.png`));
    }
    if (following) await documentWpAdmin(browser, `http://localhost:${basePort + names.length}`, names);
    if (process.argv.includes('--content')) {
      await documentContent(
        browser,
        names.map((name, i) => ({ name, url: `http://localhost:${basePort + i}` })),
        wp,
        path.join(root, '.pressfront', 'wordpress'),
        path.join(root, 'docs', 'screenshots', 'content'),
      );
    }
  } finally {
    await browser.close();
    for (const child of [...sites, ...(following ? [following] : [])]) stop(child);
  }
}

/** The site theme against WordPress's own render (design-fidelity.ts). */
async function fidelity() {
  // WordPress's answers fresh: an answer the data cache kept (server/cache-handlers) from before a
  // switch of WordPress versions or PHP themes would compare another design.
  rmSync(path.join(root, '.next', 'cache', 'pressfront'), { recursive: true, force: true });
  const site = startSite(basePort, 'site');
  const browser = await chromium.launch({
    executablePath: chromiumExecutable('full'),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    await waitUp(`http://localhost:${basePort}`);
    await documentFidelity(
      browser,
      `http://localhost:${basePort}`,
      wordpressUrl,
      path.join(root, 'docs', 'screenshots', 'fidelity'),
    );
  } finally {
    await browser.close();
    stop(site);
  }
}

/** wp-admin's screens and a switch, for docs/themes.md; the site's settings are put back after. */
async function documentWpAdmin(browser: import('@playwright/test').Browser, site: string, names: string[]) {
  const out = path.join(root, 'docs', 'screenshots', 'themes');
  const read = (option: string) =>
    wp('sql', `SELECT option_value FROM wp_options WHERE option_name='${option}'`).split('\n')[1]?.trim() ??
    '';
  const before = {
    frontends: read('pressfront_bridge_frontends'),
    theme: read('pressfront_bridge_active_theme'),
  };
  // `--switch-to NAME` picks the theme the switch goes to; else the first that is not the default.
  const asked = process.argv[process.argv.indexOf('--switch-to') + 1];
  const other =
    process.argv.includes('--switch-to') && asked && names.includes(asked)
      ? asked
      : (names.find((name) => name !== DEFAULT_THEME) ?? DEFAULT_THEME);
  await waitUp(site);
  wp('option', 'pressfront_bridge_frontends', site);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    console.log('[screenshots] wp-admin and a switch');
    await page.goto(`${wordpressUrl}/wp-login.php`);
    await page.locator('#user_login').fill('admin');
    await page
      .locator('#user_pass')
      .fill(readFileSync(path.join(root, '.pressfront', 'admin-password.txt'), 'utf8').trim());
    await page.locator('#wp-submit').click();
    await page.waitForURL(/wp-admin/);
    wp('option', 'pressfront_bridge_active_theme', DEFAULT_THEME);
    const post = `${site}/harbour-towns-sign-tidal-power-pact/`;
    await shoot(page, post, path.join(out, 'switch-before.png'));
    await shoot(
      page,
      `${wordpressUrl}/wp-admin/themes.php?page=pressfront-themes`,
      path.join(out, 'wp-admin-themes.png'),
    );
    await page.goto(`${wordpressUrl}/wp-admin/themes.php?page=pressfront-themes&customize=${other}`);
    await page.frameLocator('#pf-preview').locator('html').waitFor();
    await page.waitForLoadState('networkidle');
    await shoot(page, page.url(), path.join(out, 'wp-admin-live-preview.png'));
    wp('option', 'pressfront_bridge_active_theme', other);
    await shoot(page, post, path.join(out, 'switch-after.png'));
  } finally {
    wp('option', 'pressfront_bridge_frontends', before.frontends);
    wp('option', 'pressfront_bridge_active_theme', before.theme);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
