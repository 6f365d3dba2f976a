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

  test('classic-editor captions and galleries are the theme’s figures, captions announced as such', async ({
    page,
  }) => {
    const body = page.locator('.pf-prose');
    // [caption] (div.wp-caption + p.wp-caption-text, as WordPress renders it here): a figure named
    // by its figcaption, its image still linked to the full-size file.
    const dawn = body.getByRole('figure', { name: 'The harbour at dawn, from the breakwater.' });
    await expect(dawn.locator('figcaption')).toHaveText('The harbour at dawn, from the breakwater.');
    await expect(dawn.getByRole('link').locator('img')).toHaveAttribute('alt', /harbour town at dawn/);
    await expect(
      body.getByRole('figure', { name: 'The square on market day.' }).locator('img'),
    ).toBeVisible();
    // Floated left on a wide screen, as classic themes do, at the size the author chose (medium,
    // 300 px; the caption wraps under it), with the next paragraph's text beside it.
    expect(await dawn.evaluate((el) => getComputedStyle(el).float)).toBe('left');
    const figure = (await dawn.boundingBox())!;
    // (At most half the column, so text still has room beside it: paper's column is narrower.)
    const column = (await body.boundingBox())!.width;
    expect(Math.round(figure.width)).toBe(Math.min(300, Math.round(column / 2)));
    const firstLine = await body.getByText('Text wraps beside the floated photograph').evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const line = range.getClientRects()[0]!;
      return { left: line.left, top: line.top };
    });
    expect(firstLine.left).toBeGreaterThanOrEqual(figure.x + figure.width);
    expect(firstLine.top).toBeLessThan(figure.y + figure.height);
    // Centred goes below the float, not over it.
    const square = (await body.getByRole('figure', { name: 'The square on market day.' }).boundingBox())!;
    expect(square.y).toBeGreaterThanOrEqual(figure.y + figure.height);
    // [gallery] (dl.gallery-item): one group, each photograph a figure with its caption.
    const gallery = body.getByRole('group', { name: 'Gallery of 3 images' });
    await expect(gallery.getByRole('figure')).toHaveCount(3);
    await expect(gallery.locator('figcaption').first()).toContainText('Dawn over the harbour at Porto Alto');
    await expect(body.locator('dl, dd, .wp-caption-text')).toHaveCount(0);
  });

  test('an embed WordPress could not resolve becomes a link card, not a dead box', async ({ page }) => {
    const card = page.locator('.wp-block-embed').getByRole('link');
    await expect(card).toHaveAttribute('href', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ');
    await expect(card).toContainText('Watch or listen on Youtube');
    await expect(page.locator('.wp-block-embed figcaption')).toHaveText('A film about tides.');
  });

  test('video and audio from the media library load and play in the browser', async ({ page }) => {
    const clips = [
      { selector: 'figure.wp-block-video video', file: 'harbour-tide.webm', seconds: 4 },
      { selector: 'figure.wp-block-audio audio', file: 'harbour-bell.wav', seconds: 3 },
    ];
    await expect(page.locator('figure.wp-block-video figcaption')).toHaveText('The harbour at high tide.');
    await expect(page.locator('figure.wp-block-audio figcaption')).toHaveText(
      'The harbour bell, recorded at noon.',
    );
    await expect(page.locator('figure.wp-block-video video')).toHaveAttribute(
      'poster',
      /harbour-dawn.*\.jpg$/,
    );
    for (const clip of clips) {
      const media = page.locator(`.pf-prose ${clip.selector}`);
      await expect(media).toHaveAttribute(
        'src',
        new RegExp(`/wp-content/uploads/.+/${clip.file.replace('.', '\\.')}$`),
      );
      await expect(media).toHaveAttribute('controls', '');
      // Muted playback is allowed without a user gesture; time moving proves the file decodes.
      await media.evaluate((el: HTMLMediaElement) => {
        el.muted = true;
        return el.play();
      });
      await expect.poll(() => media.evaluate((el: HTMLMediaElement) => el.currentTime)).toBeGreaterThan(0);
      const duration = await media.evaluate((el: HTMLMediaElement) => el.duration);
      expect(duration).toBeCloseTo(clip.seconds, 0);
    }
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
