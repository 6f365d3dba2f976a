import { e2eCredentials } from '../playwright.config';
import { COLOUR_RULES, expect, expectAccessible, test } from './fixtures';
import { otherValues, themeFields } from './support/theme-options';
import { previewLink } from './support/theme-preview';

// The theme contract, checked in a browser for every installed theme (one Playwright project each).
// A page's check is a page load, a full axe audit, the colour rules again in the other scheme and a
// reload: 8–15 s on CI's two busy cores, too near the default 30 s for a verdict.
test.describe.configure({ timeout: 60_000 });
const pages = {
  home: '/',
  archive: '/category/science/climate/',
  post: '/harbour-towns-sign-tidal-power-pact/',
  'kitchen-sink': '/kitchen-sink/',
  page: '/about/',
  search: '/?s=harbour',
  '404': '/no-such-story/',
} as const;

// Full-page screenshots of every page type in both schemes, for a person to look through: on a
// developer's machine, and in CI when PRESSFRONT_E2E_SCREENSHOTS=1 (they cost CI half a minute).
const photograph = !process.env.CI || process.env.PRESSFRONT_E2E_SCREENSHOTS === '1';

for (const [name, path] of Object.entries(pages)) {
  test.describe(`${name} page`, () => {
    test.beforeEach(({ allowConsoleError }) => {
      if (name === '404') allowConsoleError(/^HTTP 404 /);
    });

    test('is accessible in light and dark, fits a 320 px screen, and is photographed', async ({
      page,
      themeName,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', themeName);
      for (const scheme of ['light', 'dark'] as const) {
        // The same document in the other scheme: the theme's colours follow the media query (the
        // colour-scheme test below holds them to it), the markup does not change, so only the
        // rules that read colours can give another verdict.
        await page.emulateMedia({ colorScheme: scheme });
        await expectAccessible(page, scheme === 'light' ? {} : { rules: COLOUR_RULES });
        if (photograph) {
          const screenshot = await page.screenshot({
            fullPage: true,
            path: testInfo.outputPath(`${themeName}-${name}-${scheme}.png`),
          });
          await testInfo.attach(`${themeName}-${name}-${scheme}`, {
            body: screenshot,
            contentType: 'image/png',
          });
        }
      }
      await page.setViewportSize({ width: 320, height: 700 });
      await page.reload();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal overflow in px at 320 px').toBeLessThanOrEqual(0);
    });
  });
}

// The same pages with every option the site owner may change set to something other than its
// default (through a live-preview session, so nothing changes for the other specs).
test.describe('with every theme option changed', () => {
  const secret = e2eCredentials.PRESSFRONT_BRIDGE_SECRET ?? '';
  const ctaText = 'Get the week’s stories by mail';
  let options: Record<string, unknown> = {};

  test.beforeAll(async ({ baseURL, themeName }) => {
    const fields = (await themeFields(baseURL!, secret))[themeName] ?? [];
    options = otherValues(fields, ctaText);
    expect(Object.keys(options).length, 'the theme has options').toBeGreaterThan(5);
  });

  test.beforeEach(async ({ page, themeName }) => {
    await page.goto(previewLink(secret, themeName, { options }));
  });

  // The pages the options reshape (listings' layout; the post's byline, reading time, subscribe
  // box and fonts); accent and fonts, which reach every page, are on each of them. The post, which
  // carries every option, is checked in both schemes; the listings, which share its header, footer
  // and card styles, one scheme each (between them, both).
  const reshaped = [
    { name: 'post', path: pages.post, schemes: ['light', 'dark'] },
    { name: 'home', path: pages.home, schemes: ['dark'] },
    { name: 'archive', path: pages.archive, schemes: ['light'] },
  ] as const;
  for (const { name, path, schemes } of reshaped) {
    test(`${name} page is accessible (${schemes.join(' and ')}), and fits 320 px`, async ({
      page,
      themeName,
    }) => {
      await page.emulateMedia({ colorScheme: schemes[0] });
      await page.goto(path);
      await expect(page.getByRole('region', { name: 'Theme preview' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', themeName);
      for (const [i, scheme] of schemes.entries()) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectAccessible(page, i === 0 ? {} : { rules: COLOUR_RULES });
      }
      await page.setViewportSize({ width: 320, height: 700 });
      await page.reload();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    });
  }

  test('the post shows what was chosen: accent, wording, call-to-action, reading time', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto(pages.post);
    const accent = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--pf-accent').trim(),
    );
    if ('accent' in options) {
      expect(accent).toBe(`light-dark(${String(options.accent)},${String(options.accentDark)})`);
    } else {
      // A theme whose colours are the site's design has no accent option: the design's stays.
      const elsewhere = await browser.newContext({ baseURL });
      const outside = await elsewhere.newPage();
      await outside.goto(pages.post);
      const designs = await outside.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--pf-accent').trim(),
      );
      expect(accent).toBe(designs);
      await elsewhere.close();
    }
    // showSubscribeCta is flipped off: only the footer's call-to-action remains, in the new words.
    const ctas = page.getByTestId('subscribe-cta');
    await expect(ctas).toHaveCount(options.showSubscribeCta ? 2 : 1);
    await expect(ctas.last()).toContainText(ctaText);
    const readingTime = page.locator('main').getByText(/^\d+ min read$/);
    await expect(readingTime).toHaveCount(options.showReadingTime ? 1 : 0);
  });
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(pages.post);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto(pages.home);
  // Tab past the skip link to the site title link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.tag).toBe('A');
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('every figure’s caption is visible and names its image', async ({ page }) => {
  await page.goto(pages.post);
  const figures = page.locator('main figure:has(figcaption)');
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(3); // the featured image and the two photos in the body
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const caption = (await figure.locator('figcaption').textContent())?.trim() ?? '';
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('figcaption')).toBeVisible();
    await expect(figure.locator('img')).toBeVisible();
    // <figure> takes its accessible name from <figcaption>: the caption is tied to the image.
    await expect(figure).toHaveRole('figure');
    await expect(figure).toHaveAccessibleName(caption);
  }
});

test.describe('colour scheme', () => {
  const background = (page: import('@playwright/test').Page) =>
    page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.documentElement)
        .backgroundColor.match(/\d+/g)!
        .map(Number) as [number, number, number];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });

  test('follows the system preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(pages.home);
    expect(await background(page)).toBeLessThan(0.2);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBeGreaterThan(0.8);
  });

  test('the toggle switches, persists, and applies before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(pages.home);
    await page.getByRole('button', { name: 'Use dark colours' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    expect(await background(page)).toBeLessThan(0.2);

    // On the next page the stored choice must already be there when the body starts to parse.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { schemeAtBody?: string }).schemeAtBody =
            document.documentElement.dataset.scheme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(pages.post);
    expect(await page.evaluate(() => (window as unknown as { schemeAtBody?: string }).schemeAtBody)).toBe(
      'dark',
    );
    await page.getByRole('button', { name: 'Use light colours' }).click();
    expect(await background(page)).toBeGreaterThan(0.8);
  });

  test('without JavaScript the toggle is hidden and the system preference still applies', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark', baseURL });
    const page = await context.newPage();
    await page.goto(pages.home);
    await expect(page.getByRole('button', { name: /colours|colour scheme/ })).toBeHidden();
    expect(await background(page)).toBeLessThan(0.2);
    await context.close();
  });
});
