import type { Page } from '@playwright/test';
import { expect, test, wpGet } from './fixtures';
import { wpAdmin } from './support/wordpress-admin';

// Posting comments and opening a password-protected post, through the real WordPress.
// Comments go to a post no other spec counts, each with text unique to this theme and run.

const POST = '/river-dredging-plan/';

// Each answer below comes from an action that makes a WordPress request no cache can serve (a new
// comment, a password): on CI's two busy cores, with three themed sites and Chromium beside it,
// WordPress's PHP server takes seconds for one. The assertions are the same; they wait longer.
const ACTION = { timeout: 20_000 };
test.describe.configure({ timeout: 60_000 });

// Each test is its own reader to the frontend's per-address comment limit (5 a minute): every
// browser here would otherwise be 127.0.0.1, across themes running side by side.
let serial = 0;
test.beforeEach(async ({ page }) => {
  serial += 1;
  const n = (Date.now() + serial * 7919) % 65_000;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `10.${(n >> 8) & 255}.${n & 255}.${100 + serial}` });
});

async function fillComment(page: Page, fields: { name: string; email: string; content: string }) {
  // Hydrated first: a click before then would be a plain form post, not this test's subject.
  const form = page.locator('#comments form[data-ready]');
  await expect(form).toBeVisible();
  await form.getByLabel('Comment').fill(fields.content);
  await form.getByLabel('Name').fill(fields.name);
  await form.getByLabel('Email').fill(fields.email);
  return form;
}

test.describe('comments', () => {
  test('the form’s code is loaded by the pages that show it, and by no other', async ({ page }) => {
    // `replyTargets` is one of the comment form's props: the minified code keeps the name, and no
    // other module of ours has it.
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    const loadsTheForm = async () =>
      (await Promise.all(scripts.splice(0))).some((js) => js.includes('replyTargets'));

    await page.goto('/');
    await expect(page.locator('html[data-hydrated]')).toBeAttached();
    expect(await loadsTheForm(), 'the home page loads the comment form').toBe(false);

    await page.goto(POST);
    await expect(page.locator('#comments form[data-ready]')).toBeVisible();
    expect(await loadsTheForm(), 'a post open to comments loads the comment form').toBe(true);
  });

  test('a returning commenter’s comment is published at once and shows under the post', async ({
    page,
    themeName,
  }) => {
    await page.goto(POST);
    // WordPress approves comments from someone it has approved before (comment_previously_approved).
    const content = `Approved in the ${themeName} theme at ${Date.now()}.`;
    const form = await fillComment(page, { name: 'Ana Ribeiro', email: 'ana@example.test', content });
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'your comment is published' })).toBeVisible(
      ACTION,
    );
    await page.reload();
    await expect(page.locator('#comments')).toContainText(content);
  });

  test('a new commenter is told the comment awaits moderation, and it is not shown yet', async ({
    page,
    themeName,
  }) => {
    await page.goto(POST);
    const content = `Held in the ${themeName} theme at ${Date.now()}.`;
    const form = await fillComment(page, {
      name: 'New Reader',
      email: `new-${Date.now()}@example.test`,
      content,
    });
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'awaiting moderation' })).toBeVisible(ACTION);
    // It reached WordPress, held: the administrator sees it in the moderation queue, readers do not.
    const search = `search=${encodeURIComponent(content)}`;
    const queue = await wpAdmin<{ status: string; author_name: string }[]>(
      'GET',
      `/wp/v2/comments?status=hold&${search}`,
    );
    expect(queue).toEqual([expect.objectContaining({ status: 'hold', author_name: 'New Reader' })]);
    expect(await wpGet<unknown[]>(`/wp/v2/comments?${search}`)).toHaveLength(0);
    await page.reload();
    await expect(page.locator('#comments')).not.toContainText(content);
  });

  test('when WordPress refuses a comment, the reason is shown and nothing typed is lost', async ({
    page,
    themeName,
  }) => {
    await page.goto(POST);
    const content = `Said twice in the ${themeName} theme at ${Date.now()}.`;
    const fields = { name: 'Ana Ribeiro', email: 'ana@example.test', content };
    await (await fillComment(page, fields)).getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'published' })).toBeVisible(ACTION);
    // The same comment again: WordPress answers 409 comment_duplicate.
    const form = await fillComment(page, fields);
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.locator('#comments').getByRole('alert')).toHaveText(
      'It looks as though you have already said that.',
      ACTION,
    );
    await expect(form.getByLabel('Comment')).toHaveValue(content);
    await expect(form.getByLabel('Name')).toHaveValue('Ana Ribeiro');
  });

  test('the server checks the form itself, whatever the browser lets through', async ({ page }) => {
    await page.goto(POST);
    const form = await fillComment(page, {
      name: 'X',
      email: 'not-an-address',
      content: 'Checked on the server.',
    });
    await form.evaluate((f: HTMLFormElement) => (f.noValidate = true));
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.locator('#comments').getByRole('alert')).toHaveText('Please check the form.');
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Comment')).toHaveValue('Checked on the server.');
  });
});

test.describe('password-protected post', () => {
  const MEMBERS = '/members-briefing/';

  test('asks for the password, refuses a wrong one, opens with the right one and stays open', async ({
    page,
    browser,
  }) => {
    await page.goto(MEMBERS);
    await expect(page.locator('main form[data-ready]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Members’ briefing');
    await expect(page.locator('main')).not.toContainText('41 million');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Enter' }).click();
    await expect(page.locator('main').getByRole('alert')).toHaveText(
      'That password is not right. Please try again.',
      ACTION,
    );
    // React clears the form once the action has answered; type the next try after that.
    await expect(page.getByLabel('Password')).toHaveValue('');
    await page.getByLabel('Password').fill('harbour-light');
    await page.getByRole('button', { name: 'Enter' }).click();
    await expect(page.locator('main')).toContainText('The pact costs 41 million over six years', ACTION);
    await page.reload();
    await expect(page.locator('main')).toContainText('41 million');
    // Another reader, without the cookie, still gets the form.
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await stranger.goto(new URL(MEMBERS, page.url()).toString());
    await expect(stranger.locator('main')).not.toContainText('41 million');
    await expect(stranger.getByLabel('Password')).toBeVisible();
    await other.close();
  });
});
