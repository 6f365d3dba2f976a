import { expect, test } from './fixtures';

test('a WordPress page renders at its permalink', async ({ page }) => {
  await page.goto('/about/');
  await expect(page).toHaveTitle('About – Pressfront Daily');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('What we believe');
  await expect(page.locator('.pf-prose li')).toHaveCount(3);
  // Pages carry no subscribe box in the body; the footer still has one.
  await expect(page.locator('.pf-prose [data-testid="subscribe-cta"]')).toHaveCount(0);
  // Accessibility of this page, in both schemes, is conformance.spec.ts's (axe once per state).
});

test('a page’s mailto link survives sanitizing', async ({ page }) => {
  await page.goto('/contact/');
  await expect(page.getByRole('link', { name: 'newsroom@example.test' })).toHaveAttribute(
    'href',
    'mailto:newsroom@example.test',
  );
});
