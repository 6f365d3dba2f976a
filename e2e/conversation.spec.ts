import type { Page } from '@playwright/test';
import { expect, test, wpGet } from './fixtures';
import { wpAdmin } from './support/wordpress-admin';

// Posting comments and opening a password-protected post, through the real WordPress.
// Comments go to a post no other spec counts, each with text unique to this theme and run.

const POST = '/river-dredging-plan/';
const LETTERS = '/why-we-still-print-a-paper/';

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
  test('the form’s island is on the pages that show the form, and on no other', async ({ page }) => {
    const island = page.locator('script[data-island-script="comment-form"]');
    await page.goto('/');
    await expect(page.locator('h1, h2').first()).toBeVisible();
    await expect(island).toHaveCount(0);
    await page.goto(POST);
    await expect(page.locator('#comments form[data-ready]')).toBeVisible();
    await expect(island).toHaveCount(1);
  });

  test('a Reply link chooses its comment in “Reply to” and puts the reader in the form', async ({ page }) => {
    await page.goto(LETTERS);
    await expect(page.locator('#comments form[data-ready]')).toBeVisible();
    const reply = page.locator('#comments a[data-reply-to]').nth(2);
    const id = await reply.getAttribute('data-reply-to');
    await expect(reply).toHaveAccessibleName(/^Reply to /);
    await reply.click();
    await expect(page.getByLabel('Reply to', { exact: true })).toHaveValue(id ?? 'missing');
    await expect(page.getByRole('textbox', { name: 'Comment' })).toBeFocused();
  });

  test('each field is checked as the reader leaves it, in the site’s words', async ({ page }) => {
    await page.goto(POST);
    const form = page.locator('#comments form[data-ready]');
    await form.getByLabel('Email').fill('not-an-address');
    await form.getByLabel('Name').focus();
    const email = form.getByLabel('Email');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(
      'Please give an email address we can reach you at (it is never shown).',
    );
    await email.fill('reader@example.test');
    await expect(email).not.toHaveAttribute('aria-invalid');
    // Sent empty: nothing leaves the page, and the first field to mend has the focus.
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.locator('#comments').getByRole('alert')).toHaveText('Please check the form.');
    await expect(form.getByRole('textbox', { name: 'Comment' })).toBeFocused();
    await expect(form.getByLabel('Comment')).toHaveAccessibleDescription('Please write a comment.');
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
    allowConsoleError,
  }) => {
    allowConsoleError(/^HTTP 409 .*\/api\/comments\/$/);
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
    const postId = await page.locator('#comments input[name="post"]').inputValue();
    const answer = await page.request.post('/api/comments/', {
      headers: { accept: 'application/json' },
      form: {
        post: postId,
        return: POST,
        content: 'Checked on the server.',
        name: 'X',
        email: 'not-an-address',
      },
    });
    expect(answer.status()).toBe(400);
    expect(await answer.json()).toMatchObject({
      status: 'error',
      message: 'Please check the form.',
      fieldErrors: { email: 'Please give an email address we can reach you at (it is never shown).' },
      values: { content: 'Checked on the server.', name: 'X', email: 'not-an-address' },
    });
  });
});

test.describe('comments without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a Reply link leads to the form, whose “Reply to” offers that comment', async ({ page }) => {
    await page.goto(LETTERS);
    const reply = page.locator('#comments a[data-reply-to]').nth(2);
    const id = (await reply.getAttribute('data-reply-to')) ?? 'missing';
    await reply.click();
    await expect(page).toHaveURL(/#respond$/);
    const replyTo = page.getByLabel('Reply to', { exact: true });
    await expect(replyTo).toBeInViewport();
    await expect(replyTo.locator(`option[value="${id}"]`)).toHaveCount(1);
  });

  test('a refused comment comes back with the reason and everything typed; a taken one with its message', async ({
    page,
    themeName,
    allowConsoleError,
  }) => {
    allowConsoleError(/^HTTP 400 .*\/api\/comments\/$/);
    await page.goto(POST);
    const form = page.locator('#comments form');
    const content = `Without script in the ${themeName} theme at ${Date.now()}.`;
    await form.getByLabel('Comment').fill(content);
    await form.getByLabel('Name').fill('Quiet Reader');
    // Let through by the browser (no checks without the island's), refused by the server.
    await form.getByLabel('Email').fill('not an address');
    await form.evaluate((f: HTMLFormElement) => (f.noValidate = true));
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/comments/'));
    await form.getByRole('button', { name: 'Post comment' }).click();
    expect((await refused).status()).toBe(400);
    await expect(page.locator('#comments').getByRole('alert')).toHaveText('Please check the form.', ACTION);
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Comment')).toHaveValue(content);
    await expect(form.getByLabel('Name')).toHaveValue('Quiet Reader');
    // The page answered is the post itself, for this reader only.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await form.getByLabel('Email').fill(`quiet-${Date.now()}@example.test`);
    await form.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForURL(/#comment-held$/, ACTION);
    expect(new URL(page.url()).pathname).toBe(POST);
    await expect(page.locator('#comment-held')).toBeVisible();
    await expect(page.locator('#comment-held')).toContainText('awaiting moderation');
    await expect(page.locator('#comment-published')).toBeHidden();
  });
});

test.describe('password-protected post', () => {
  const MEMBERS = '/members-briefing/';

  test('asks for the password, refuses a wrong one, opens with the right one and stays open', async ({
    page,
    browser,
    allowConsoleError,
  }) => {
    allowConsoleError(/^HTTP 403 .*\/api\/unlock\/$/);
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
    // The island empties the field for the next try.
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

test.describe('password-protected post without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a wrong password is refused on the post’s own page; the right one opens it', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(/^HTTP 403 .*\/api\/unlock\/$/);
    const MEMBERS = '/members-briefing/';
    await page.goto(MEMBERS);
    await page.getByLabel('Password').fill('wrong');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/unlock/'));
    await page.getByRole('button', { name: 'Enter' }).click();
    expect((await refused).status()).toBe(403);
    await expect(page.locator('main').getByRole('alert')).toHaveText(
      'That password is not right. Please try again.',
      ACTION,
    );
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Members’ briefing');
    await page.getByLabel('Password').fill('harbour-light');
    await page.getByRole('button', { name: 'Enter' }).click();
    await expect(page.locator('main')).toContainText('The pact costs 41 million over six years', ACTION);
    expect(new URL(page.url()).pathname).toBe(MEMBERS);
  });
});
