import { readFileSync } from 'node:fs';
import { expect, test, WORDPRESS_URL } from './fixtures';
import { linkIn, waitForMail } from './support/mailbox';
import { adminPassword, logInToWordPress, wpScript, wpSubscribers } from './support/wordpress-admin';

// What the site owner sees of subscribers in wp-admin (the companion plugin's screen, its CSV
// export) and WordPress's own privacy tools. Runs once, with the default theme's server.

test('wp-admin → Subscribers: counts, search, CSV export; the privacy tools export and erase', async ({
  page,
  request,
  allowConsoleError,
}) => {
  // wp-admin's emoji script asks wordpress.org for images; this machine has no internet.
  allowConsoleError(/^failed https:\/\/s\.w\.org\//);
  const run = `admin-${Date.now().toString(36)}`;
  const emails = [0, 1, 2].map((i) => `${run}-${i}@example.com`);
  for (const [i, email] of emails.entries()) {
    const response = await request.post('/api/subscribe/', {
      form: { email, consent: 'yes', source: '0' },
      headers: { accept: 'application/json', 'x-forwarded-for': `10.200.${i}.${Date.now() % 250}` },
    });
    expect(response.status()).toBe(202);
  }
  await page.goto(linkIn(await waitForMail(emails[0] as string, /^Confirm/), '/subscribe/confirm/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re subscribed');

  await logInToWordPress(page, 'admin', adminPassword(), `admin.php?page=pressfront-subscribers&s=${run}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Subscribers' })).toBeVisible();
  const rows = page.locator('#pressfront-subscribers tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: emails[0] as string })).toContainText('confirmed');
  await expect(rows.filter({ hasText: emails[1] as string })).toContainText('pending');
  const count = async (status: string) =>
    Number(await page.locator(`[data-count="${status}"]`).textContent());
  expect(await count('confirmed')).toBeGreaterThanOrEqual(1);
  expect(await count('all')).toBe(
    (await count('confirmed')) + (await count('pending')) + (await count('unsubscribed')),
  );

  await page.goto(`${WORDPRESS_URL}/wp-admin/admin.php?page=pressfront-subscribers&s=${run}&status=pending`);
  await expect(rows).toHaveCount(2);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toBe('email,status,created_at,confirmed_at,unsubscribed_at,source_post,consent_text');
  expect(
    csv
      .slice(1)
      .map((line) => line.split(',')[0])
      .sort(),
  ).toEqual([emails[1], emails[2]].sort());

  const exported = JSON.parse(wpScript('privacy', 'export', emails[0] as string)) as Record<
    string,
    { data: { group_id: string; data: { name: string; value: string }[] }[] }
  >;
  const mine = exported['pressfront-subscribers']?.data[0];
  expect(mine?.group_id).toBe('pressfront-subscription');
  expect(mine?.data).toContainEqual({ name: 'Email', value: emails[0] });
  expect(mine?.data).toContainEqual({ name: 'Status', value: 'confirmed' });
  expect(mine?.data.find((field) => field.name === 'Consent shown')?.value).toMatch(/^Send me new stories/);

  const erased = JSON.parse(wpScript('privacy', 'erase', emails[0] as string)) as Record<
    string,
    { items_removed: boolean }
  >;
  expect(erased['pressfront-subscribers']?.items_removed).toBe(true);
  expect((await wpSubscribers(run)).map((s) => s.email).sort()).toEqual([emails[1], emails[2]].sort());
});

test('a confirmation link past its 48 hours says so, and confirms nothing', async ({ page, request }) => {
  const email = `expired-${Date.now().toString(36)}@example.com`;
  const response = await request.post('/api/subscribe/', {
    form: { email, consent: 'yes', source: '0' },
    headers: { accept: 'application/json', 'x-forwarded-for': `10.201.0.${Date.now() % 250}` },
  });
  expect(response.status()).toBe(202);
  const link = linkIn(await waitForMail(email, /^Confirm/), '/subscribe/confirm/');
  wpScript(
    'sql',
    `UPDATE wp_pressfront_subscribers SET confirm_expires = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE email = '${email}'`,
  );
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired');
  expect((await wpSubscribers(email))[0]?.status).toBe('pending');
});
