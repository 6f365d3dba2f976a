import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

// What a reader's browser receives, per theme: documents (the default) carry our own scripts and
// nothing of Next's runtime; the theme whose server keeps the app (playwright.config.ts) carries it.
// And documents navigate instantly where the browser prerenders: the rules are checked here through
// Chromium's own view of them (its Preload domain), since Chromium never prerenders while DevTools
// — which drives these tests — is attached: it reports every attempt as PrerenderingDisabledByDevTools.

const READER_PAGES = [
  '/',
  '/river-dredging-plan/',
  '/category/news/',
  '/search/river/',
  '/about/masthead/',
  '/members-briefing/',
];
const ISLANDS_BUDGET_BYTES = 10 * 1024;

const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];
const OWN_SCRIPT =
  /^<script (?:data-pf-script=""|data-island-script="[a-z-]+"|type="application\/ld\+json"|type="speculationrules")>$/;

test('every kind of reader page is a document: our scripts only, within the islands’ budget', async ({
  request,
  readerPages,
}) => {
  for (const path of READER_PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    if (readerPages === 'app') {
      // The setting that keeps Next's full app: its runtime and the page's React payload are there,
      // every script of Next's carrying this render's nonce, and the policy naming it
      // (server/http/app-script-policy.ts); ours are named by their hashes.
      expect(html, path).toMatch(/<script src="\/_next\/static\/[^"]+\.js"/);
      expect(html, path).toContain('self.__next_f');
      const policy = response.headers()['content-security-policy'] ?? '';
      const nonce = /script-src 'nonce-([^']+)' 'strict-dynamic' 'sha256-/.exec(policy)?.[1];
      expect(nonce, `${path}: ${policy}`).toBeTruthy();
      expect(policy, path).not.toMatch(/script-src[^;]*unsafe/);
      const unmarked = scriptTags(html).filter(
        (tag) => !OWN_SCRIPT.test(tag) && !tag.includes(`nonce="${nonce}"`),
      );
      expect(unmarked, path).toEqual([]);
      // A nonce of its own for each render.
      const again = (await request.get(path)).headers()['content-security-policy'] ?? '';
      expect(again, path).not.toContain(`'nonce-${nonce}'`);
      continue;
    }
    expect(html, path).not.toMatch(/\/_next\/static\/[^"]+\.js/);
    expect(html, path).not.toMatch(/__next_f|TURBOPACK/);
    expect(
      scriptTags(html).filter((tag) => !OWN_SCRIPT.test(tag)),
      path,
    ).toEqual([]);
    expect(response.headers().link ?? '', path).not.toMatch(/as="?script/);
    const islands = [...html.matchAll(/<script data-island-script="[a-z-]+">([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(gzipSync(islands.join('')).length, `${path}: islands, compressed`).toBeLessThanOrEqual(
      ISLANDS_BUDGET_BYTES,
    );
  }
});

test('a page’s islands are those of its elements, and only those', async ({ request, readerPages }) => {
  test.skip(readerPages === 'app', 'the same islands, beside the runtime');
  const islandsOf = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/data-island-script="([a-z-]+)"/g)]
      .map((m) => m[1])
      .sort();
  const post = await islandsOf('/river-dredging-plan/');
  expect(post).toContain('comment-form');
  expect(post).not.toContain('password-form');
  const locked = await islandsOf('/members-briefing/');
  expect(locked).toContain('password-form');
  expect(locked).not.toContain('comment-form');
  expect(await islandsOf('/category/news/')).not.toContain('comment-form');
});

test('from the home page, a post is prerendered once the reader rests on its link; nothing with an effect ever is', async ({
  page,
  readerPages,
}) => {
  test.skip(readerPages === 'app', 'the app navigates with its router and prefetches its own way');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Preload.enable');
  const ruleErrors: string[] = [];
  let candidates: string[] = [];
  const attempts: string[] = [];
  cdp.on('Preload.ruleSetUpdated', ({ ruleSet }) => {
    if (ruleSet.errorType) ruleErrors.push(`${ruleSet.errorType}: ${ruleSet.errorMessage ?? ''}`);
  });
  cdp.on('Preload.preloadingAttemptSourcesUpdated', ({ preloadingAttemptSources }) => {
    candidates = preloadingAttemptSources.map((source) => source.key.url);
  });
  cdp.on('Preload.prerenderStatusUpdated', ({ key }) => attempts.push(key.url));

  await page.goto('/');
  // Links that must never be prerendered, beside the page's own.
  await page.evaluate(() => {
    for (const href of [
      '/wp-admin/',
      '/wp-login.php?action=logout',
      '/api/health/',
      '/feed/',
      '/category/news/feed/',
      '/subscribe/confirm/?token=abc',
      '/?s=river',
      '/sitemap.xml',
    ]) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = href;
      link.dataset.never = '';
      document.body.append(link);
    }
  });
  const post = page.locator('main article').first().getByRole('link').first();
  const postUrl = new URL((await post.getAttribute('href')) ?? '', page.url()).toString();
  await expect.poll(() => candidates).toContain(postUrl);
  expect(ruleErrors).toEqual([]);
  for (const never of await page
    .locator('a[data-never]')
    .evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href))) {
    expect(candidates, never).not.toContain(never);
  }
  // Moderate eagerness: nothing is prerendered until the reader shows the intent.
  expect(attempts).toEqual([]);
  await post.hover();
  await expect.poll(() => attempts).toContain(postUrl);
});

test('a document carries honest validators: a browser holding that copy is answered 304, and may keep it for back and forward', async ({
  request,
  readerPages,
}) => {
  test.skip(
    readerPages === 'app',
    'the app’s pages are Next’s, private and no-store, unless a cache of ours keeps them',
  );
  const first = await request.get('/river-dredging-plan/');
  const etag = first.headers().etag ?? '';
  expect(etag).toMatch(/^"[\w-]{27}"$/);
  expect(first.headers()['last-modified']).toBeTruthy();
  // Not no-store: a browser's back/forward cache may keep the page.
  expect(first.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  // Its scripts are ours, by hash (server/http/content-security-policy.ts).
  expect(first.headers()['content-security-policy']).toMatch(/script-src 'sha256-[^;]*;/);
  expect(first.headers()['content-security-policy']).not.toMatch(/script-src[^;]*unsafe/);
  const again = await request.get('/river-dredging-plan/', { headers: { 'if-none-match': etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  // A reader's own page (an unlocked post) is theirs alone: no validators, never shared.
  const own = await request.get('/members-briefing/', { headers: { cookie: 'pf-postpass-99=x' } });
  expect(own.headers().etag).toBeUndefined();
  expect(own.headers()['cache-control']).toMatch(/private/);
});

test('the browser policy is a second wall: markup a sanitizer bug let into a post runs nothing, and is reported', async ({
  page,
  readerPages,
  allowConsoleError,
}) => {
  allowConsoleError(/Content Security Policy/);
  await page.goto('/river-dredging-plan/');
  // Our own scripts ran: the islands set their forms up.
  await expect(page.locator('#comments form[data-ready]')).toBeAttached();
  const reported = page.waitForRequest((request) => request.url().endsWith('/api/csp-report/'));
  // What a sanitizer bug would let into the body: an event-handler attribute, and an inline script.
  // (Pages with Next's runtime trust what their scripts add — 'strict-dynamic', how Next loads its
  // chunks — so there a script element added from script would run; one in the HTML itself would
  // not: policy-second-wall.spec.ts shows that for documents.)
  await page.evaluate((withScript) => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img src="data:," onerror="document.body.dataset.injected = \'attribute\'">',
    );
    if (!withScript) return;
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "script"';
    document.body.append(script);
  }, readerPages === 'documents');
  await reported;
  expect(await page.evaluate(() => document.body.dataset.injected ?? null)).toBeNull();
});
