import type { Page } from '@playwright/test';
import { xssInText, xssPayloads } from '../lib/content/__fixtures__/xss-corpus';
import { expect, test } from './fixtures';

// The browser policy is a second wall behind the sanitizer: with the sanitizer out of the way, does
// it alone stop the corpus? Out of the way without a switch in the product — nothing a deployment
// could set turns the sanitizer off: each payload is written, raw, into a real reader document in
// flight (Playwright's routing), which the browser then gets with the document's own headers, its
// Content-Security-Policy included. The same pages without that one header are the control: the
// payloads that run there are the ones the policy alone must stop.

const POST = '/river-dredging-plan/';
/** The project's corpus: the payloads for bodies, and those for titles and excerpts, all as markup. */
const corpus = [...xssPayloads, ...xssInText];

/** What ran: the corpus's marker set, a dialog opened. */
interface Ran {
  script: boolean;
  dialog: boolean;
}

/** Loads `html` as the post with `headers`, provokes the page as a reader would, and says what ran. */
async function load(page: Page, url: string, dialogs: string[]): Promise<Ran> {
  dialogs.length = 0;
  await page.goto(url);
  await page.mouse.move(200, 300);
  await page.mouse.wheel(0, 4000);
  // What a reader's click would run: links and buttons of the payloads, clicked.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('main a[href], main button, main [onclick]')) {
      const href = element.getAttribute('href')?.trim().toLowerCase() ?? '';
      if (href.startsWith('javascript:') || href.startsWith('data:') || element.hasAttribute('onclick'))
        (element as HTMLElement).click();
    }
  });
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  const script = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss !== undefined);
  return { script, dialog: dialogs.length > 0 };
}

test('the policy alone stops every script payload of the corpus that runs without it', async ({
  browser,
  baseURL,
  readerPages,
}) => {
  test.skip(
    readerPages !== 'documents',
    'the policy with script hashes is the documents’ (reader-documents.spec.ts)',
  );
  test.setTimeout(240_000);
  const real = await fetch(`${baseURL}${POST}`);
  expect(real.status).toBe(200);
  const policy = real.headers.get('content-security-policy') ?? '';
  const scripts = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
  expect(scripts).toContain("'sha256-");
  expect(scripts).not.toContain('unsafe-inline');
  const headers = Object.fromEntries(
    [...real.headers].filter(
      ([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name),
    ),
  );
  const document = await real.text();
  expect(document).toMatch(/<main\b[^>]*>/);

  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // Nothing leaves this machine (the corpus names evil.example): refused before it is asked.
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  // The post, with payload `n` written into its <main>, with or without the policy header.
  const postUrl = `${baseURL}${POST}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  await page.route(new RegExp(`^${postUrl}\\?`), async (route) => {
    const asked = new URL(route.request().url());
    const payload = corpus[Number(asked.searchParams.get('payload'))] ?? '';
    const body = document.replace(/<main\b[^>]*>/, (main) => `${main}${payload}`);
    const answer = { ...headers };
    if (asked.searchParams.get('policy') === 'off') delete answer['content-security-policy'];
    await route.fulfill({ status: 200, headers: answer, body });
  });

  const ranWithout: number[] = [];
  const ranWith: number[] = [];
  try {
    for (const [n] of corpus.entries()) {
      const without = await load(page, `${baseURL}${POST}?payload=${n}&policy=off`, dialogs);
      if (without.script || without.dialog) ranWithout.push(n);
      const within = await load(page, `${baseURL}${POST}?payload=${n}&policy=on`, dialogs);
      if (within.script || within.dialog) ranWith.push(n);
    }
  } finally {
    await context.close();
  }
  console.log(
    `[policy] the corpus, raw in a reader document: ${ranWithout.length} of ${corpus.length} payloads run without the policy, ${ranWith.length} with it`,
  );
  // The control shows the test can fail: without the policy, payloads do run.
  expect(ranWithout.length).toBeGreaterThan(10);
  expect(ranWith.map((n) => corpus[n])).toEqual([]);
});
