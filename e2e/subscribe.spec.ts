import type { Page } from '@playwright/test';
import { en } from '../lib/i18n/messages/en';

const CONSENT_TEXT = en['subscribeForm.consent'];
import { expect, expectAccessible, test } from './fixtures';
import { linkIn, mailsTo, waitForMail } from './support/mailbox';
import { wpAdmin, wpSubscribers } from './support/wordpress-admin';

// The subscribe call-to-action end to end against the real local WordPress and its companion
// plugin: the reader's form, the confirmation mail (read from the local outbox), the confirm and
// unsubscribe links, and every bad input — in every theme.

const POST = '/harbour-towns-sign-tidal-power-pact/';

// Each test is its own reader: its own address, and its own network address for the plugin's
// per-reader limit (all browsers here would otherwise be 127.0.0.1).
let serial = 0;
function reader(theme: string) {
  serial += 1;
  const id = `${theme}-${Date.now().toString(36)}-${serial}`;
  const n = (Date.now() + serial * 7919) % 65_000;
  return { email: `reader-${id}@example.com`, ip: `10.${(n >> 8) & 255}.${n & 255}.${10 + serial}` };
}

async function readerPage(page: Page, ip: string, path = POST) {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
  await page.goto(path);
  const form = page.getByTestId('subscribe-cta').first().getByTestId('subscribe-form');
  await expect(form).toHaveAttribute('data-ready', 'true');
  return form;
}

test('subscribe, get the mail, confirm, unsubscribe: each step shows and is recorded in WordPress', async ({
  page,
  themeName,
}, testInfo) => {
  const { email, ip } = reader(themeName);
  const [post] = await wpAdmin<{ id: number }[]>('GET', `/wp/v2/posts?slug=${POST.slice(1, -1)}&_fields=id`);
  const form = await readerPage(page, ip);
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel(CONSENT_TEXT).check();
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('status')).toHaveText(/Almost done: we have sent you an email/);
  await page
    .getByTestId('subscribe-cta')
    .first()
    .screenshot({ path: testInfo.outputPath(`subscribed-${themeName}.png`) });

  const [pending] = await wpSubscribers(email);
  expect(pending).toMatchObject({
    email,
    status: 'pending',
    sourcePost: post?.id,
    consentText: CONSENT_TEXT,
  });

  const confirmation = await waitForMail(email, /^Confirm your subscription/);
  const confirmLink = linkIn(confirmation, '/subscribe/confirm/');
  expect(new URL(confirmLink).origin).toBe(new URL(page.url()).origin);
  await page.goto(confirmLink);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re subscribed');
  await page.screenshot({ path: testInfo.outputPath(`confirmed-${themeName}.png`) });
  expect((await wpSubscribers(email))[0]?.status).toBe('confirmed');
  // Single use: the same link again changes nothing and says so.
  await page.goto(confirmLink);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re already subscribed');

  const welcome = await waitForMail(email, /^You are subscribed/);
  const unsubscribeLink = linkIn(welcome, '/subscribe/unsubscribe/');
  expect(welcome.headers).toContain(`List-Unsubscribe: <${unsubscribeLink}>`);
  await page.goto(unsubscribeLink);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re unsubscribed');
  await expectAccessible(page);
  expect((await wpSubscribers(email))[0]?.status).toBe('unsubscribed');
  await page.goto(unsubscribeLink);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re already unsubscribed');
});

test('bad input: clear messages, what was typed kept, and the same answer for a known address', async ({
  page,
  themeName,
  allowConsoleError,
}, testInfo) => {
  allowConsoleError(/^HTTP 400 .*\/api\/subscribe\/$/);
  const { email, ip } = reader(themeName);
  const form = await readerPage(page, ip);
  const field = form.getByLabel('Email address');
  await field.fill('not-an-address');
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('alert')).toContainText('Enter an email address like name@example.com.');
  await expect(form.getByRole('alert')).toContainText('Tick the box');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue('not-an-address');
  await page
    .getByTestId('subscribe-cta')
    .first()
    .screenshot({ path: testInfo.outputPath(`invalid-${themeName}.png`) });
  await expectAccessible(page);

  await field.fill(email);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('alert')).toHaveText(/Tick the box/);
  await expect(field).toHaveValue(email);
  expect(await wpSubscribers(email)).toEqual([]);

  await form.getByLabel(CONSENT_TEXT).check();
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await waitForMail(email, /^Confirm/);
  // The answer once it has come: read too early, the status still says "Subscribing…".
  const status = form.getByRole('status');
  await expect(status).not.toHaveText(/^$|Subscribing/);
  const accepted = await status.textContent();

  // The address again, now pending: word for word the same answer, and no second mail yet.
  const again = await readerPage(page, ip);
  await again.getByLabel('Email address').fill(email.toUpperCase());
  await again.getByLabel(CONSENT_TEXT).check();
  await again.getByRole('button', { name: 'Subscribe' }).click();
  await expect(again.getByRole('status')).toHaveText(accepted ?? '');
  expect(mailsTo(email)).toHaveLength(1);
  expect(await wpSubscribers(email)).toHaveLength(1);
});

test('without JavaScript the form posts, and the result page keeps what was typed', async ({
  browser,
  themeName,
  baseURL,
}) => {
  const { email, ip } = reader(themeName);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': ip },
  });
  const page = await context.newPage();
  try {
    await page.goto(POST);
    const form = page.getByTestId('subscribe-cta').first().getByTestId('subscribe-form');
    // The browser's own checks stand in for ours until the server answers: skip them, as a bot would.
    await form.evaluate((f) => f.setAttribute('novalidate', '')).catch(() => undefined);
    await form.getByLabel('Email address').fill('typo@example');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page).toHaveURL(/\/subscribe\/\?result=invalid$/);
    // The page's own form (the footer has another).
    const main = page.getByRole('main');
    await expect(main.getByRole('alert')).toContainText('Enter an email address like name@example.com.');
    await expect(main.getByLabel('Email address')).toHaveValue('typo@example');

    await main.getByLabel('Email address').fill(email);
    await main.getByLabel(CONSENT_TEXT).check();
    await main.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page).toHaveURL(/\/subscribe\/\?result=pending$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
    await waitForMail(email, /^Confirm/);
    expect((await wpSubscribers(email))[0]?.status).toBe('pending');
  } finally {
    await context.close();
  }
});

test.describe('the API answers abuse with the right status', () => {
  const api = (body: string, ip: string, extra: Record<string, string> = {}) => ({
    data: body,
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': ip,
      ...extra,
    },
    maxRedirects: 0,
  });

  test('a filled honeypot is answered like a reader and stores nothing', async ({ request, themeName }) => {
    const { email, ip } = reader(themeName);
    const response = await request.post(
      '/api/subscribe/',
      api(`email=${email}&consent=yes&website_url=x`, ip),
    );
    expect(response.status()).toBe(202);
    expect(await wpSubscribers(email)).toEqual([]);
    expect(mailsTo(email)).toEqual([]);
  });

  test('an oversized body is 413', async ({ request, themeName }) => {
    const { ip } = reader(themeName);
    const response = await request.post(
      '/api/subscribe/',
      api(`email=${'a'.repeat(6000)}@example.com&consent=yes`, ip),
    );
    expect(response.status()).toBe(413);
  });

  test('more than 3 tries for one address in an hour: 429 with Retry-After', async ({
    request,
    themeName,
  }) => {
    const { email } = reader(themeName);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await request.post(
        '/api/subscribe/',
        api(`email=${email}&consent=yes`, reader(themeName).ip),
      );
      statuses.push(response.status());
      if (response.status() === 429) {
        expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
        expect(((await response.json()) as { message: string }).message).toMatch(/^Too many attempts/);
      }
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  test('more than 10 sign-ups from one reader in an hour: 429 with Retry-After', async ({
    request,
    themeName,
  }) => {
    const { ip } = reader(themeName);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await request.post(
        '/api/subscribe/',
        api(`email=${reader(themeName).email}&consent=yes`, ip),
      );
      statuses.push(response.status());
      if (i === 10) expect(Number(response.headers()['retry-after'])).toBeGreaterThan(3000);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(202), 429]);
  });

  test('forged and unknown links change nothing', async ({ page, themeName }) => {
    const { ip } = reader(themeName);
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
    await page.goto(`/subscribe/confirm/?token=${'0'.repeat(64)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
    await page.goto('/subscribe/confirm/?token=<script>');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
    await page.goto(`/subscribe/unsubscribe/?token=1.${'f'.repeat(64)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
  });
});
