import { e2eCredentials } from '../playwright.config';
import { expect, test } from './fixtures';
import { themeLabels } from './support/theme-options';

const LONG_FORM = '/harbour-towns-sign-tidal-power-pact/';

test.describe('long-form post', () => {
  test('shows title, author, date, reading time and the featured image', async ({ page }) => {
    await page.goto(LONG_FORM);
    await expect(page).toHaveTitle(
      'Harbour towns sign a tidal power pact, pledging to keep each other’s lights on – Pressfront Daily',
    );
    const header = page.locator('article header');
    await expect(header.getByRole('heading', { level: 1 })).toHaveText(
      'Harbour towns sign a tidal power pact, pledging to keep each other’s lights on',
    );
    await expect(header.getByRole('link', { name: 'Marta Quinn' })).toHaveAttribute(
      'href',
      '/author/marta-quinn/',
    );
    // 09:00 on 20 November in Lisbon, where the seeded site lives.
    await expect(header.locator('time')).toHaveText('November 20, 2026');
    await expect(header.locator('time')).toHaveAttribute('datetime', '2026-11-20');
    await expect(header).toContainText(/\d+ min read/);

    const featured = page.locator('article > figure img');
    await expect(featured).toBeVisible();
    expect(await featured.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
  });

  test('shows both photos with their captions, sized before they load', async ({ page }) => {
    await page.goto(LONG_FORM);
    const figures = page.locator('.pf-prose figure.wp-block-image');
    await expect(figures).toHaveCount(2);
    const captions = [
      'Dawn over the harbour at Porto Alto, where the tidal turbines will be moored from next spring.',
      'Residents gather in the old market square on the evening the pact was announced.',
    ];
    for (const [i, caption] of captions.entries()) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator('img')).toBeVisible();
      await expect(figure.locator('img')).toHaveAttribute('width', '1600');
      await expect(figure.locator('img')).toHaveAttribute('height', '1000');
      await expect(figure.locator('figcaption')).toBeVisible();
      await expect(figure.locator('figcaption')).toHaveText(caption);
    }
  });

  test('puts the subscribe box after the lead paragraph, once', async ({ page }) => {
    await page.goto(LONG_FORM);
    const boxes = page.locator('.pf-prose [data-testid="subscribe-cta"]');
    await expect(boxes).toHaveCount(1);
    await expect(boxes).toContainText('don’t forget to subscribe');
    await expect(boxes.getByLabel('Email address')).toBeVisible();
    // The box follows the lead paragraph and precedes the second one.
    const order = await page.locator('.pf-prose').evaluate((body) => {
      const box = body.querySelector('[data-testid="subscribe-cta"]');
      const paragraphs = [...body.querySelectorAll(':scope p')].filter((p) => !box?.contains(p));
      const follows = (a: Element, b: Element) =>
        Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { afterLead: follows(paragraphs[0]!, box!), beforeSecond: follows(box!, paragraphs[1]!) };
    });
    expect(order).toEqual({ afterLead: true, beforeSecond: true });
    // The marker paragraph WordPress sent is replaced, not shown twice.
    await expect(page.locator('.pf-prose p.pressfront-subscribe')).toHaveCount(0);
  });

  test('has the pull quote, sub-headings and the theme footer', async ({ page, themeName, baseURL }) => {
    await page.goto(LONG_FORM);
    await expect(page.locator('.pf-prose .wp-block-pullquote')).toContainText(
      'the sea outside our windows never stops moving',
    );
    await expect(page.locator('.pf-prose h2')).toHaveText([
      'A century of rivalry, set aside',
      'The questions still open',
      'What it means for the coast',
    ]);
    const year = new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'Europe/Lisbon' }).format(
      new Date(),
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', themeName);
    const label = (await themeLabels(baseURL!, e2eCredentials.PRESSFRONT_BRIDGE_SECRET ?? ''))[themeName];
    await expect(page.getByRole('contentinfo')).toContainText(
      `© ${year} Pressfront Daily · ${label} theme for Pressfront`,
    );
    // Accessibility of this page, in both schemes, is conformance.spec.ts's (axe once per state).
  });

  test('renders emoji and non-ASCII titles', async ({ page }) => {
    await page.goto('/popcorn-economics/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Popcorn economics 🍿: why the snack costs more than the ticket',
    );
    await page.goto('/night-buses-return-to-sao-paulo-avenue/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('São Paulo');
  });

  test('shows each thing once: no standfirst copied from the opening words', async ({ page }) => {
    // This post has no excerpt of its author's: WordPress makes one from its first words.
    await page.goto('/night-buses-return-to-sao-paulo-avenue/');
    await expect(
      page.locator('main').getByText(/The night routes along São Paulo Avenue resumed/),
    ).toHaveCount(1);
    // One the author wrote stands above the body.
    await page.goto('/welcome-to-pressfront-daily/');
    await expect(page.locator('main header')).toContainText(
      'Who we are, what we cover and how to reach the newsroom.',
    );
  });

  // Its fit on a 320 px screen is conformance.spec.ts's (every page type, every theme).
});
