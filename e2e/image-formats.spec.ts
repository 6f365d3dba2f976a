import path from 'node:path';
import { expect, test, WORDPRESS_URL } from './fixtures';
import { e2ePorts } from './support/ports';
import {
  openPluginSettings,
  pluginSettingsUrl,
  wpAdmin,
  wpAdminOfflineNoise,
  wpScript,
  wpUpload,
} from './support/wordpress-admin';

// Settings → Pressfront → "Resized images as": the site owner picks WebP in wp-admin, WordPress
// writes the sizes of the next photo upload as WebP, and readers' browsers load those smaller files
// from the post's srcset — the original upload stays the JPEG it was. It changes WordPress for
// every spec (a site option, a published post), so it runs with those that do, last and alone,
// against the default theme's server; the choice is undone at the end.

const frontend = `http://localhost:${e2ePorts.theme(0)}`;
const photo = path.join(__dirname, '..', '.pressfront', 'images', 'harbour-dawn.jpg');

interface Media {
  id: number;
  source_url: string;
  media_details: {
    sizes: Record<string, { mime_type: string; source_url: string; filesize?: number }>;
    /** Since WordPress 6.7, the upload itself when the full size was converted (or scaled). */
    original_image?: string;
  };
}

// The local WordPress's version (backend/wp.sh): from 6.7 on, WordPress converts the full size too
// and keeps the upload beside it as `original_image`; before, the full size is the upload.
const convertsFullSize = process.env.PRESSFRONT_WP_VERSION !== '6.1';

test('an owner who picks WebP in wp-admin gets WebP sizes of new photos, and readers load them', async ({
  page,
  browser,
  allowConsoleError,
}) => {
  allowConsoleError(wpAdminOfflineNoise);
  await openPluginSettings(page);
  const format = page.getByLabel('Resized images as');
  await expect(format).toHaveValue('');
  await format.selectOption({ label: 'WebP' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(format).toHaveValue('image/webp');

  let postId = 0;
  try {
    const media = await wpUpload<Media>(photo, `webp-check-${Date.now()}.jpg`, 'image/jpeg');
    if (convertsFullSize) {
      // The upload is kept, the JPEG it was, beside the WebP full size.
      expect(media.source_url).toMatch(/\.webp$/);
      expect(media.media_details.original_image).toMatch(/\.jpg$/);
      const original = await fetch(new URL(media.media_details.original_image!, media.source_url));
      expect(original.headers.get('content-type')).toBe('image/jpeg');
    } else {
      expect(media.source_url).toMatch(/\.jpg$/);
      expect(media.media_details.original_image).toBeUndefined();
    }
    const sizes = Object.values(media.media_details.sizes).filter((s) => s.source_url !== media.source_url);
    expect(sizes.length).toBeGreaterThan(2);
    for (const size of sizes) {
      expect(size.mime_type).toBe('image/webp');
      expect(size.source_url).toMatch(/\.webp$/);
    }

    const post = await wpAdmin<{ id: number; link: string }>('POST', '/wp/v2/posts', {
      title: 'A photo in WebP',
      content: '<!-- wp:paragraph --><p>The harbour at dawn, smaller on the wire.</p><!-- /wp:paragraph -->',
      status: 'publish',
      featured_media: media.id,
    });
    postId = post.id;

    // A reader with a phone-sized window: the srcset's WebP sizes, one of them loaded and drawn.
    const reader = await browser.newPage({ baseURL: frontend, viewport: { width: 412, height: 800 } });
    const loaded: { url: string; type: string }[] = [];
    reader.on('response', (response) => {
      if (response.request().resourceType() === 'image')
        loaded.push({ url: response.url(), type: response.headers()['content-type'] ?? '' });
    });
    await reader.goto(new URL(post.link).pathname);
    const lead = reader.locator('article figure img').first();
    await expect(lead).toHaveAttribute('srcset', /-768x\d+\.webp 768w/);
    await expect(lead).toHaveAttribute('fetchpriority', 'high');
    await expect
      .poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await lead.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.webp$/);
    expect(loaded.find((image) => image.url.includes('webp-check'))?.type).toBe('image/webp');
    await reader.close();
  } finally {
    if (postId) await wpAdmin('DELETE', `/wp/v2/posts/${postId}?force=true`);
    // The upload stays (the next run's snapshot restore forgets it): a page another spec's server
    // still keeps with this post in it must not point at a file that is gone.
    await page.goto(pluginSettingsUrl);
    await page.getByLabel('Resized images as').selectOption('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
  }
});

test('a format this server cannot write is offered disabled, and refused if sent anyway', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(wpAdminOfflineNoise);
  await openPluginSettings(page);
  // Debian's WordPress (6.1) writes no AVIF; newer ones on a PHP with AVIF do.
  const avif = page.locator('#pf-image-format option[value="image/avif"]');
  const writable = await avif.isEnabled();
  if (!writable) await expect(avif).toHaveText(/cannot write it/);
  // A hand-made form asking for something else entirely is stored as "no choice".
  const nonce = await page.locator('input[name="_wpnonce"]').first().inputValue();
  await page.request.post(`${WORDPRESS_URL}/wp-admin/admin-post.php`, {
    form: {
      action: 'pressfront_bridge_save',
      _wpnonce: nonce,
      _wp_http_referer: '/wp-admin/options-general.php?page=pressfront-bridge',
      frontends: await page.locator('#pf-frontends').inputValue(),
      image_format: writable ? 'image/gif' : 'image/avif',
    },
  });
  // Stored as no choice (not merely shown as none): the option's row holds an empty value.
  const stored = wpScript(
    'sql',
    "SELECT CONCAT('[', option_value, ']') AS v FROM wp_options WHERE option_name = 'pressfront_bridge_image_format'",
  );
  expect(stored).toContain('[]');
  await page.goto(pluginSettingsUrl);
  await expect(page.getByLabel('Resized images as')).toHaveValue('');
});
