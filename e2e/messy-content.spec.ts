import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { messyDocument, type MessyMedia } from '../backend/content/messy-html';
import { htmlToText } from '../lib/content/text';
import { expect, test, wpGet } from './fixtures';
import { e2ePorts } from './support/ports';
import { startServerPerTheme, type RunningServer } from './support/server';
import { installedThemes } from './support/themes';
import { wordpressEnv, wpScript } from './support/wordpress-admin';

// Real-world content, as years of WordPress sites hold it: hundreds of generated documents
// (backend/content/messy-html.ts) published into the real WordPress, each opened from the
// production server in Chromium, the themes taking turns: no page error, no console error (React's
// hydration errors included), no injected script run, every word of WordPress's own rendering on
// the page, classic captions and galleries in figures. Seeds are fixed, so a run is reproducible;
// PRESSFRONT_MESSY_SEED and PRESSFRONT_MESSY_COUNT explore others. A seed that once failed goes into
// support/messy-seeds.json and runs every time after. Runs in the last project: it publishes posts,
// then restores the seed.
//
// Documents are published twenty-five to a post (PRESSFRONT_MESSY_PER_POST), one after another as
// fragments pile up in real posts: a browser's page load, not WordPress or the server, is what
// each check costs, and five hundred loads would not fit CI's twelve minutes (500 documents, three
// themes, alone on two cores: 24.1 s ten to a post, 12.8 s twenty-five to a post — the load's fixed
// cost dominates). A failing post names its seeds; PRESSFRONT_MESSY_PER_POST=1 opens each document
// alone to find the one.

const COUNT = Number(process.env.PRESSFRONT_MESSY_COUNT ?? 500);
const FIRST_SEED = Number(process.env.PRESSFRONT_MESSY_SEED ?? 20_261_201);
const kept = (
  JSON.parse(readFileSync(path.join(__dirname, 'support', 'messy-seeds.json'), 'utf8')) as { seeds: number[] }
).seeds;
const PER_POST = Math.max(1, Number(process.env.PRESSFRONT_MESSY_PER_POST ?? 25));
const inRange = (seed: number) => seed >= FIRST_SEED && seed < FIRST_SEED + COUNT;
const seeds = [...new Set([...kept, ...Array.from({ length: COUNT }, (_, i) => FIRST_SEED + i)])];
/** The seeds each post holds, in order. */
const posts = Array.from({ length: Math.ceil(seeds.length / PER_POST) }, (_, i) =>
  seeds.slice(i * PER_POST, (i + 1) * PER_POST),
);
const themes = installedThemes();
const slugOf = (group: number[]) => `messy-${group[0]}`;
// A pixel for every image: the images' bytes are not what this checks, and the local WordPress
// would spend the run serving them.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
);

let servers: RunningServer[] = [];
const rendered = new Map<string, string>();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const media = (
    await wpGet<{ id: number; source_url: string }[]>(
      '/wp/v2/media?media_type=image&per_page=20&_fields=id,source_url',
    )
  ).map((m): MessyMedia => ({ id: m.id, url: m.source_url }));
  const docs = posts.map((group) => ({
    slug: slugOf(group),
    title: `Messy documents ${group.join(', ')}`,
    content: group.map((seed) => messyDocument(seed, media)).join('\n\n'),
    date: '2001-01-01 00:00:00',
  }));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pressfront-messy-')), 'posts.json');
  writeFileSync(file, JSON.stringify(docs));
  const ids = JSON.parse(wpScript('insert', file)) as Record<string, number>;
  const all = Object.values(ids);
  // WordPress's own rendering of each (wpautop, shortcodes), the words the page must show.
  for (let i = 0; i < all.length; i += 100) {
    const batch = await wpGet<{ slug: string; content: { rendered: string } }[]>(
      `/wp/v2/posts?include=${all.slice(i, i + 100).join(',')}&per_page=100&_fields=slug,content`,
    );
    for (const post of batch) rendered.set(post.slug, post.content.rendered);
  }
  // Next's full app: React's hydration is the strictest reader of the markup (a document is the
  // same markup without the runtime: server/page-cache/reader-document.test.ts).
  servers = await startServerPerTheme((i) => e2ePorts.perTheme('messyContent', i), {
    ...wordpressEnv(),
    PRESSFRONT_READER_PAGES: 'app',
  });
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  wpScript('reset');
});

interface Failure {
  seeds: number[];
  theme: string;
  problems: string[];
}

/** Opens one document and says what is wrong with it (nothing, when all is well). */
async function check(page: Page, url: string, wordpressHtml: string, heard: string[]): Promise<string[]> {
  heard.length = 0;
  const problems: string[] = [];
  const response = await page.goto(url, { waitUntil: 'commit' });
  if (response?.status() !== 200) return [`HTTP ${response?.status()}`];
  await page
    .locator('html[data-hydrated]')
    .waitFor({ state: 'attached', timeout: 10_000 })
    .catch(() => problems.push('never hydrated'));
  const seen = await page.evaluate(() => ({
    text: (document.querySelector('main .pf-prose')?.textContent ?? '').replace(/\s+/g, ' '),
    injected: document.body.dataset.injected ?? null,
    classic: document.querySelectorAll('main .wp-caption-text, main .gallery-item').length,
  }));
  problems.push(...heard);
  if (seen.injected !== null) problems.push('an injected script ran');
  if (seen.classic > 0) problems.push(`${seen.classic} classic caption or gallery parts not made figures`);
  const missing = htmlToText(wordpressHtml)
    .split(' ')
    .filter((word) => word && !seen.text.includes(word));
  if (missing.length > 0) problems.push(`words missing: ${[...new Set(missing)].slice(0, 8).join(' ')}`);
  return problems;
}

test(`${seeds.length} messy documents render in every theme: no error, nothing lost, nothing run`, async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const failures: Failure[] = [];
  const started = Date.now();
  // The themes take turns, each in its own browser context, all at once.
  await Promise.all(
    themes.map(async (theme, t) => {
      const context = await browser.newContext();
      await context.route('**/wp-content/uploads/**', (route) =>
        route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }),
      );
      const page = await context.newPage();
      const heard: string[] = [];
      page.on('pageerror', (error) => heard.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') heard.push(`console error: ${message.text().slice(0, 300)}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) heard.push(`HTTP ${response.status()} ${response.url()}`);
      });
      for (let i = t; i < posts.length; i += themes.length) {
        const group = posts[i]!;
        const slug = slugOf(group);
        const problems = await check(page, `${servers[t]!.url}/${slug}/`, rendered.get(slug) ?? '', heard);
        if (problems.length > 0) failures.push({ seeds: group, theme, problems });
      }
      await context.close();
    }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `[messy content] ${seeds.length} documents (seeds ${FIRST_SEED}…${FIRST_SEED + COUNT - 1}${kept.some((s) => !inRange(s)) ? ` and ${kept.filter((s) => !inRange(s)).length} kept` : ''}) in ${posts.length} posts, across ${themes.length} themes in ${seconds} s: ${failures.length} posts failed`,
  );
  expect(failures, 'documents that broke (add their seeds to e2e/support/messy-seeds.json)').toEqual([]);
});
