import { expect, test } from './fixtures';

// The post with every core block, in every theme: each block is there and usable.
test.describe('kitchen sink post', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/kitchen-sink/');
  });

  test('shows every kind of block', async ({ page }) => {
    const body = page.locator('.pf-prose');
    await expect(body.getByRole('heading', { name: 'A second-level heading' })).toHaveAttribute(
      'id',
      'a-second-level-heading',
    );
    await expect(body.locator('#the-turbines')).toHaveText('A third-level heading with an anchor');
    await expect(body.locator('ol[start="3"] li')).toHaveText(['Third', 'Fourth']);
    await expect(body.locator('blockquote.wp-block-quote cite')).toHaveText('A harbour master');
    await expect(body.locator('.wp-block-gallery img')).toHaveCount(3);
    await expect(body.locator('.wp-block-gallery > figcaption')).toHaveText('Three photos from the coast.');
    await expect(body.getByRole('region', { name: 'Table' }).locator('tbody tr')).toHaveCount(3);
    await expect(body.locator('pre.wp-block-code')).toContainText('  turbines.start();');
    await expect(body.getByRole('link', { name: 'Read the report' })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );
    await expect(body.locator('.wp-block-cover')).toContainText('Words over a photograph');
    await expect(body.locator('.wp-block-file').getByRole('link', { name: 'Download' })).toBeVisible();
    await expect(body.locator('details summary')).toHaveText('How a tidal turbine works');
    await expect(body).toContainText('[contact-form-7 id=”12″ title=”Letters”]');
  });

  test('an embed WordPress could not resolve becomes a link card, not a dead box', async ({ page }) => {
    const card = page.locator('.wp-block-embed').getByRole('link');
    await expect(card).toHaveAttribute('href', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ');
    await expect(card).toContainText('Watch or listen on Youtube');
    await expect(page.locator('.wp-block-embed figcaption')).toHaveText('A film about tides.');
  });

  test('columns stand side by side on a wide screen and stack on a phone', async ({ page }) => {
    const columns = page.locator('.wp-block-column');
    const [left, right] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x);
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
    await page.setViewportSize({ width: 320, height: 800 });
    const [l2, r2] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(r2!.y).toBeGreaterThan(l2!.y);
  });
});
