import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { moFile } from '../backend/content/mo-file';
import { ar } from '../lib/i18n/messages/ar';
import { pt } from '../lib/i18n/messages/pt';
import { expect, expectAccessible, test } from './fixtures';
import { wpAdmin, wpScript } from './support/wordpress-admin';

// Site-wide WordPress settings a site owner may change, checked against every theme's server.
// Runs in the last project, alone: it changes what every other spec would see. WordPress is
// restored from the seed snapshot afterwards.

const ports = (process.env.PRESSFRONT_E2E_THEME_PORTS ?? '').split(',').filter(Boolean);

const LONG_FORM = 'harbour-towns-sign-tidal-power-pact';

/** Status and Location of a URL, redirects not followed. */
async function probe(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') };
}

test.afterAll(async () => {
  wpScript('reset');
  // The suite's servers refresh what they read from WordPress a second after it changes, serving
  // the old copy once meanwhile: the specs after this one must not meet a site still in Arabic.
  for (const port of ports) {
    await expect
      .poll(
        async () => {
          const html = await (await fetch(`http://localhost:${port}/${LONG_FORM}/`)).text();
          return /<html[^>]* lang="([^"]+)"/.exec(html)?.[1];
        },
        { timeout: 15_000 },
      )
      .toBe('en-US');
  }
});

test('a /%year%/%monthnum%/%postname%/ site: dated URLs resolve, others redirect to them', async ({
  page,
}) => {
  wpScript('option', 'permalink_structure', '/%year%/%monthnum%/%postname%/');
  for (const port of ports) {
    const base = `http://localhost:${port}`;
    // Answers cached under the old structure are refreshed within the revalidation time.
    await expect
      .poll(async () => (await probe(`${base}/2026/11/${LONG_FORM}/`)).status, { timeout: 15_000 })
      .toBe(200);
    expect(await probe(`${base}/${LONG_FORM}/`)).toEqual({ status: 308, location: `/2026/11/${LONG_FORM}/` });
    expect(await probe(`${base}/2019/01/${LONG_FORM}/`)).toEqual({
      status: 308,
      location: `/2026/11/${LONG_FORM}/`,
    });
    // The month's archive is still an archive, not a post, and links to the dated URLs.
    await page.goto(`${base}/2026/11/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('November 2026');
    const hrefs = () =>
      page.locator('main article h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect
      .poll(
        async () => {
          await page.reload();
          return (await hrefs()).every((href) => /^\/2026\/11\/[a-z0-9-]+\/$/.test(href ?? ''));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect((await hrefs()).length).toBeGreaterThan(0);
    await page.goto(`${base}/2026/11/${LONG_FORM}/`);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${base}/2026/11/${LONG_FORM}/`,
    );
  }
  wpScript('option', 'permalink_structure', '/%postname%/');
  for (const port of ports) {
    await expect
      .poll(async () => (await probe(`http://localhost:${port}/${LONG_FORM}/`)).status, { timeout: 15_000 })
      .toBe(200);
  }
});

test('a static front page with a separate posts page', async ({ page }) => {
  const [about] = await wpAdmin<{ id: number }[]>('GET', '/wp/v2/pages?slug=about&_fields=id');
  const blog = await wpAdmin<{ id: number }>('POST', '/wp/v2/pages', {
    slug: 'blog',
    title: 'Blog',
    status: 'publish',
    content: '',
  });
  await wpAdmin('POST', '/wp/v2/settings', {
    show_on_front: 'page',
    page_on_front: about!.id,
    page_for_posts: blog.id,
  });
  for (const port of ports) {
    const base = `http://localhost:${port}`;
    await expect
      .poll(
        async () => {
          await page.goto(`${base}/`);
          return page.getByRole('heading', { level: 1 }).textContent();
        },
        { timeout: 15_000 },
      )
      .toBe('About');
    expect(await probe(`${base}/about/`)).toEqual({ status: 308, location: '/' });
    await page.goto(`${base}/blog/`);
    // The posts page lists as the front page did: the sticky post first, then ten latest.
    await expect(page.locator('main article h2')).toHaveCount(11);
    await expect(page.locator('main article h2').first()).toHaveText(
      'Welcome to Pressfront Daily: slow news, told well',
    );
    await page.getByRole('link', { name: /Older posts/ }).click();
    await expect(page).toHaveURL(`${base}/blog/page/2/`);
    await expect(page.locator('main article h2').first()).toBeVisible();
    expect((await probe(`${base}/page/2/`)).status).toBe(404);
  }
});

/** Sets WordPress's site language, installing it first (backend/content/mo-file.ts). */
function switchLanguage(wordpressLocale: string) {
  const dir = path.join(__dirname, '..', '.pressfront', 'wordpress', 'wp-content', 'languages');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${wordpressLocale}.mo`), moFile('Pressfront', 'Pressfront'));
  expect(wpScript('option', 'WPLANG', wordpressLocale).trim()).toBe(`WPLANG=${wordpressLocale}`);
}

/** Until the frontend on `port` renders the long-form post in `lang` (it follows WordPress's change). */
async function waitForLanguage(page: import('@playwright/test').Page, port: string, lang: string) {
  await expect
    .poll(
      async () => {
        await page.goto(`http://localhost:${port}/${LONG_FORM}/`);
        return page.locator('html').getAttribute('lang');
      },
      { timeout: 15_000 },
    )
    .toBe(lang);
}

test('the site’s language sets <html lang> and how dates read', async ({ page }) => {
  switchLanguage('pt_PT');
  for (const port of ports) {
    await waitForLanguage(page, port, 'pt-PT');
    await expect(page.locator('article time').first()).toHaveText('20 de novembro de 2026');
  }
});

// Conformance in a second left-to-right language and in a right-to-left one, every theme: the
// interface in that language (lib/i18n catalogues), mirrored for Arabic, accessible, nothing off a
// 320 px screen. Screenshots of each theme's post and front page are kept for the report.
const languages = [
  {
    wordpress: 'pt_PT',
    lang: 'pt-PT',
    dir: 'ltr',
    search: 'Pesquisar',
    skip: 'Saltar para o conteúdo',
    words: pt,
  },
  { wordpress: 'ar', lang: 'ar', dir: 'rtl', search: 'بحث', skip: 'انتقل إلى المحتوى', words: ar },
] as const;

/** The forms speak the language too, and so do the server's answers to them (one theme is enough: the words come from the same place for all). */
async function formsAnswerIn(page: import('@playwright/test').Page, words: typeof pt) {
  const say = (key: keyof typeof pt) => words[key] as string;
  const cta = page.getByTestId('subscribe-cta').first();
  await expect(cta.locator('form[data-ready]')).toBeVisible();
  await cta.getByLabel(say('subscribeForm.email'), { exact: true }).fill('typo@example');
  await cta.getByLabel(say('subscribeForm.consent')).check();
  await cta.getByRole('button', { name: say('subscribeForm.submit') }).click();
  await expect(cta.getByTestId('subscribe-error')).toContainText(say('subscribeForm.emailInvalid'));

  const form = page.locator('#comments form[data-ready]');
  await expect(form.getByRole('heading', { name: say('commentForm.title') })).toBeVisible();
  await form.getByLabel(say('commentForm.content')).fill('Um comentário que não chega a ser publicado.');
  await form.getByLabel(say('commentForm.name'), { exact: true }).fill('Ana');
  await form.getByLabel(say('commentForm.email'), { exact: true }).fill('ana@example.test');
  await form.getByLabel(say('commentForm.website')).fill('ftp://example.test');
  await form.getByRole('button', { name: say('commentForm.submit') }).click();
  await expect(form.getByRole('alert')).toHaveText(say('commentForm.checkForm'), { timeout: 10_000 });
  await expect(form).toContainText(say('commentForm.websiteInvalid'));
}

for (const language of languages) {
  test(`in ${language.wordpress}, every theme speaks it, ${language.dir === 'rtl' ? 'mirrored, ' : ''}accessible, within 320 px`, async ({
    page,
    allowConsoleError,
  }, testInfo) => {
    // The subscribe and comment forms' refusals of what was mistyped are 400s, as they should be.
    allowConsoleError(/^HTTP 400 .*\/api\/(subscribe|comments)\/$/);
    switchLanguage(language.wordpress);
    try {
      for (const port of ports) {
        await page.setViewportSize({ width: 1280, height: 800 });
        await waitForLanguage(page, port, language.lang);
        const html = page.locator('html');
        await expect(html).toHaveAttribute('dir', language.dir);
        const theme = await html.getAttribute('data-theme');
        await expect(page.getByRole('search').getByRole('button')).toHaveText(language.search);
        await expect(page.locator('a[href="#main"]')).toHaveText(language.skip);
        if (port === ports[0]) await formsAnswerIn(page, language.words);
        expect(await page.locator('main h1').evaluate((h) => getComputedStyle(h).direction)).toBe(
          language.dir,
        );
        await expectAccessible(page);
        await page.screenshot({ path: testInfo.outputPath(`${language.wordpress}-${theme}-post.png`) });
        await page.setViewportSize({ width: 320, height: 700 });
        for (const where of [`/${LONG_FORM}/`, '/']) {
          await page.goto(`http://localhost:${port}${where}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${where} in ${theme}: overflow in px`).toBeLessThanOrEqual(0);
        }
      }
    } finally {
      wpScript('option', 'WPLANG', '');
    }
  });
}
