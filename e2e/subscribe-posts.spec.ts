import { en } from '../lib/i18n/messages/en';

const CONSENT_TEXT = en['subscribeForm.consent'];
import { expect, test } from './fixtures';
import { linkIn, waitForMail } from './support/mailbox';
import { wpAdmin, wpSubscribers } from './support/wordpress-admin';

// The parts of the subscribe flow that publish posts, which every listing would show: they run in
// the last project, alone, against each theme's server in turn.

const themePorts = (process.env.PRESSFRONT_E2E_THEME_PORTS ?? '3100').split(',');

test('a subscribe block in a post (Jetpack’s markup) becomes the working form, in its place, in every theme', async ({
  page,
}) => {
  const slug = `jetpack-subscribe-block-${Date.now().toString(36)}`;
  const created = await wpAdmin<{ id: number }>('POST', '/wp/v2/posts', {
    title: 'A post with a subscription block',
    slug,
    status: 'publish',
    content: [
      '<!-- wp:paragraph --><p>Before the block.</p><!-- /wp:paragraph -->',
      '<!-- wp:jetpack/subscriptions --><div class="wp-block-jetpack-subscriptions wp-block-jetpack-subscriptions__supports-newline">[jetpack_subscription_form show_subscribers_total="false"]</div><!-- /wp:jetpack/subscriptions -->',
      '<!-- wp:paragraph --><p>After the block.</p><!-- /wp:paragraph -->',
    ].join('\n'),
  });
  try {
    for (const [i, port] of themePorts.entries()) {
      const email = `jetpack-${slug}-${i}@example.com`;
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `10.250.${i}.${Date.now() % 250}` });
      await page.goto(`http://localhost:${port}/${slug}/`);
      const body = page.locator('.pf-prose');
      await expect(body.getByTestId('subscribe-cta')).toHaveCount(1);
      await expect(body).not.toContainText('jetpack_subscription_form');
      // In the block's place: after the first paragraph, before the last.
      const order = await body.evaluate((el) => {
        const text = el.textContent ?? '';
        return [
          text.indexOf('Before the block.'),
          text.indexOf('don’t forget to subscribe'),
          text.indexOf('After the block.'),
        ];
      });
      expect(order[0]).toBeLessThan(order[1] ?? -1);
      expect(order[1]).toBeLessThan(order[2] ?? -1);
      const form = body.getByTestId('subscribe-form');
      await expect(form).toHaveAttribute('data-ready', 'true');
      await form.getByLabel('Email address').fill(email);
      await form.getByLabel(CONSENT_TEXT).check();
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await expect(form.getByRole('status')).toHaveText(/Almost done/);
      expect((await wpSubscribers(email))[0]?.sourcePost, `port ${port}`).toBe(created.id);
    }
  } finally {
    await wpAdmin('DELETE', `/wp/v2/posts/${created.id}?force=true`);
  }
});

test('a confirmed subscriber gets each new post, with a one-click unsubscribe link', async ({ page }) => {
  const email = `news-${Date.now().toString(36)}@example.com`;
  const origin = `http://localhost:${themePorts[0]}`;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `10.251.0.${Date.now() % 250}` });
  await page.goto(`${origin}/subscribe/`);
  const form = page.getByRole('main').getByTestId('subscribe-form');
  await expect(form).toHaveAttribute('data-ready', 'true');
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel(CONSENT_TEXT).check();
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await page.goto(linkIn(await waitForMail(email, /^Confirm/), '/subscribe/confirm/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re subscribed');

  const title = 'Subscribers hear of this first';
  const created = await wpAdmin<{ id: number }>('POST', '/wp/v2/posts', {
    title,
    content: '<!-- wp:paragraph --><p>Fresh news.</p><!-- /wp:paragraph -->',
    status: 'publish',
  });
  try {
    const news = await waitForMail(email, /^New: /);
    expect(news.subject).toBe(`New: ${title}`);
    expect(news.message).toContain(origin);
    await page.goto(linkIn(news, '/subscribe/unsubscribe/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re unsubscribed');
    expect((await wpSubscribers(email))[0]?.status).toBe('unsubscribed');
  } finally {
    await wpAdmin('DELETE', `/wp/v2/posts/${created.id}?force=true`);
  }
});
