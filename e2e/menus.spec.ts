import { expect, expectAccessible, test } from './fixtures';

// The menus assigned in WordPress (read with the server's Application Password), in every theme.

test('the header menu is WordPress’s, nested, with the current page and its section marked', async ({
  page,
}) => {
  await page.goto('/category/science/climate/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const top = nav.locator(':scope > ul > li > a');
  await expect(top).toHaveText(['News', 'World', 'Science', 'Culture', 'Technology', 'About']);
  // Climate sits in Science's sub-menu, closed until hovered or focused.
  const climate = nav.locator('a[href="/category/science/climate/"]');
  await expect(climate).toHaveText('Climate');
  await expect(climate).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Science' })).toHaveAttribute('data-current-section', '');
  // Sub-items open on keyboard focus too.
  await page.setViewportSize({ width: 1280, height: 800 });
  await nav.getByRole('link', { name: 'About' }).focus();
  await expect(nav.getByRole('link', { name: 'Masthead' })).toBeVisible();
  await nav.getByRole('link', { name: 'Masthead' }).click();
  await expect(page).toHaveURL(/\/about\/masthead\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masthead');
  // Marked on the new page (a document's own marks, or an app's moved after its client navigation);
  // Masthead is in About's sub-menu again, closed.
  await expect(nav.locator('a[href="/about/masthead/"]')).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('data-current-section', '');
  await expect(climate).not.toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Science' })).not.toHaveAttribute('data-current-section', '');
  await expect(page).toHaveTitle(/^Masthead\b/);
  await expectAccessible(page);
});

test('the current page and its section are marked in the document itself, for readers without JavaScript', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/about/masthead/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  // In About's sub-menu, closed until hovered or focused.
  await expect(nav.locator('a[href="/about/masthead/"]')).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('data-current-section', '');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await context.close();
});

test('the footer menu is WordPress’s footer location', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: 'Footer' });
  await expect(footer.getByRole('link')).toHaveText(['About', 'Contact', 'Privacy']);
  await footer.getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
});
