// `npm run themes:screenshots -- --content`: what the "any site renders right" work looks like in
// each theme, for the docs and the note — a classic-editor post (captions, alignment, a
// gallery; published for the occasion from the block catalogue's classic markup and deleted after)
// and the long-form post on an Arabic site (right to left). Writes docs/screenshots/content/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { blockCatalog } from '../../backend/content/block-catalog';
import type { CatalogMedia } from '../../backend/content/blocks';
import { moFile } from '../../backend/content/mo-file';
import { catalogMedia, wpAdmin as admin } from '../../backend/content/wp-admin-client';

export interface ThemeSite {
  name: string;
  url: string;
}

const classic = (name: string, m: CatalogMedia) => {
  const block = blockCatalog.find((b) => b.name === name);
  if (!block) throw new Error(`no "${name}" in the block catalogue`);
  return block.markup(m);
};

/** Until the frontend at `url` renders `path` with <html lang=lang>: it follows WordPress's change. */
async function waitForLang(page: Page, url: string, lang: string) {
  for (let i = 0; i < 60; i++) {
    await page.goto(url, { waitUntil: 'networkidle' });
    if ((await page.locator('html').getAttribute('lang')) === lang) return;
    await page.waitForTimeout(500);
  }
  throw new Error(`${url} never switched to ${lang}`);
}

/** Scrolls the page through once, so lazy images below the fold are loaded before the photograph. */
async function loadAll(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

export async function documentContent(
  browser: Browser,
  sites: ThemeSite[],
  wp: (...args: string[]) => string,
  wordpressRoot: string,
  out: string,
) {
  mkdirSync(out, { recursive: true });
  const page = await (
    await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme: 'light' })
  ).newPage();
  const m = await catalogMedia();
  const post = await admin<{ id: number; slug: string }>('POST', '/wp/v2/posts', {
    status: 'publish',
    slug: 'from-the-archive-a-classic-post',
    title: 'From the archive: a classic-editor post',
    date: '2011-05-04T09:00:00',
    content: [classic('classic-caption', m), classic('classic-gallery', m)].join('\n'),
  });
  console.log('[screenshots] a classic-editor post, and the long-form post in Arabic');
  try {
    for (const site of sites) {
      await page.goto(`${site.url}/${post.slug}/`, { waitUntil: 'networkidle' });
      await loadAll(page);
      const file = path.join(out, `${site.name}-classic-post.png`);
      await page.locator('main').screenshot({ path: file });
      console.log(`  ${path.relative(process.cwd(), file)}`);
    }
    const languages = path.join(wordpressRoot, 'wp-content', 'languages');
    mkdirSync(languages, { recursive: true });
    writeFileSync(path.join(languages, 'ar.mo'), moFile('Pressfront', 'Pressfront'));
    wp('option', 'WPLANG', 'ar');
    for (const site of sites) {
      const url = `${site.url}/harbour-towns-sign-tidal-power-pact/`;
      await waitForLang(page, url, 'ar');
      const file = path.join(out, `${site.name}-rtl-post.png`);
      await page.screenshot({ path: file });
      console.log(`  ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    wp('option', 'WPLANG', '');
    await admin('DELETE', `/wp/v2/posts/${post.id}?force=true`);
  }
}
