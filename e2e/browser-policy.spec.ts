import { expect, test, WORDPRESS_URL } from './fixtures';

// What every answer tells the browser, behind the sanitizer (server/http/security-headers.ts).

test('every answer says nosniff, the referrer policy, no powerful features, and who may frame it', async ({
  request,
}) => {
  for (const path of ['/', '/river-dredging-plan/', '/api/health/', '/no-such-story/', '/feed/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    // Documents carry the whole policy (reader-documents.spec.ts); every answer at least this.
    expect(headers['content-security-policy'], path).toMatch(
      new RegExp(`(^|; )frame-ancestors 'self' ${new URL(WORDPRESS_URL).origin}(;|$)`),
    );
    // Served over plain HTTP here: no HSTS.
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
});

test('another site cannot frame the pages; the site’s WordPress can (its wp-admin’s live preview)', async ({
  page,
  baseURL,
  allowConsoleError,
}) => {
  // Chromium reports the refused frame: its load blocked by our answer, and why.
  allowConsoleError(/^failed .*\/river-dredging-plan\/: net::ERR_BLOCKED_BY_RESPONSE$/);
  allowConsoleError(/frame-ancestors/);
  const post = `${baseURL}/river-dredging-plan/`;
  /** The post's heading inside a frame on a page of `origin`, or null when the frame shows nothing of it. */
  const headingIn = async (origin: string) => {
    await page.goto(origin);
    await page.setContent(`<!doctype html><title>frame</title><iframe src="${post}"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) return null;
    await frame.waitForLoadState();
    return frame
      .locator('h1')
      .first()
      .textContent({ timeout: 2_000 })
      .catch(() => null);
  };
  expect(await headingIn(WORDPRESS_URL)).toContain('River dredging');
  // The same server under another name is another origin: not the site, not its WordPress.
  const elsewhere = new URL(baseURL ?? '');
  elsewhere.hostname = '127.0.0.1';
  expect(await headingIn(`${elsewhere.origin}/api/health/`)).toBeNull();
});
