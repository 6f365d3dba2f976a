// `npm run themes:screenshots -- --content`: what the "any site renders right" work looks like in
// each theme, for the docs and the note — a classic-editor post (captions, alignment, a
// gallery; published for the occasion from the block catalogue's classic markup and deleted after)
// and the long-form post on an Arabic site (right to left). Writes docs/screenshots/content/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { blockCatalog } from '../../backend/content/block-catalog';
import type { CatalogMedia, UploadedImage } from '../../backend/content/blocks';
import { moFile } from '../../backend/content/mo-file';

export interface ThemeSite {
  name: string;
  url: string;
}

const base = (process.env.WORDPRESS_URL ?? '').replace(/\/$/, '');
const auth =
  'Basic ' +
  Buffer.from(`${process.env.WORDPRESS_APP_USER ?? ''}:${process.env.WORDPRESS_APP_PASSWORD ?? ''}`).toString(
    'base64',
  );

async function admin<T>(method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/wp-json${route}`, {
    method,
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function media(): Promise<CatalogMedia> {
  const find = async (slug: string): Promise<UploadedImage> => {
    const [m] = await admin<{ id: number; source_url: string; alt_text: string }[]>(
      'GET',
      `/wp/v2/media?slug=${slug}`,
    );
    if (!m) throw new Error(`no media "${slug}": is the local WordPress seeded?`);
    return { id: m.id, url: m.source_url, alt: m.alt_text, caption: '' };
  };
  const a = await find('harbour-at-dawn');
  return { a, b: await find('city-square'), c: await find('night-market'), video: a, audio: a };
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
  const m = await media();
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
