import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import axe from 'axe-core';

import { WORDPRESS_URL } from './support/wordpress-url';

export { WORDPRESS_URL };

export interface ThemeOptions {
  /** The theme this project's server renders with (PRESSFRONT_THEME). */
  themeName: string;
  /**
   * What this project's server gives readers (PRESSFRONT_READER_PAGES): documents, or Next's full
   * app — the last theme's server keeps the app, so both are held by the whole suite.
   */
  readerPages: 'documents' | 'app';
}

interface Fixtures {
  /** The `page` fixture's console errors, uncaught exceptions and failed requests; asserted empty after each test. */
  consoleErrors: string[];
  /** Errors the test expects (e.g. the 404 document itself) and does not count. */
  allowConsoleError: (pattern: RegExp) => void;
}

export const test = base.extend<Fixtures & ThemeOptions>({
  themeName: ['show', { option: true }],
  readerPages: ['documents', { option: true }],
  // The list is every test's (its check below is automatic); the page's listeners fill it. Not the
  // other way round: an automatic fixture that needed the page would open a browser context and a
  // page for every test, the third of the tests that only call APIs or open their own contexts too.
  consoleErrors: [
    async ({}, use) => {
      await use([]);
    },
    { scope: 'test' },
  ],
  page: [
    async ({ page, consoleErrors: errors }, use) => {
      page.on('console', (message) => {
        // Failed loads are reported below with their URL, which says more than Chromium's text.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text());
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => {
        // Navigating away cancels prefetches in flight: that is the browser's choice, not a fault.
        const reason = request.failure()?.errorText ?? 'unknown';
        if (reason !== 'net::ERR_ABORTED') errors.push(`failed ${request.url()}: ${reason}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(page);
    },
    { scope: 'test' },
  ],
  allowConsoleError: [
    async ({ consoleErrors }, use) => {
      const allowed: RegExp[] = [];
      await use((pattern) => allowed.push(pattern));
      expect(
        consoleErrors.filter((e) => !allowed.some((p) => p.test(e))),
        'console errors on the page',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Reads the seeded WordPress directly, so expectations come from the source, not from us. */
export async function wpGet<T>(path: string): Promise<T> {
  const response = await fetch(`${WORDPRESS_URL}/wp-json${path}`);
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}`);
  return (await response.json()) as T;
}

/** Decodes the few entities WordPress puts in rendered titles. */
export function decodeTitle(rendered: string): string {
  return rendered
    .replace(/&#8217;/g, '’')
    .replace(/&#8216;/g, '‘')
    .replace(/&#8220;/g, '“')
    .replace(/&#8221;/g, '”')
    .replace(/&#8211;/g, '–')
    .replace(/&#8212;/g, '—')
    .replace(/&amp;/g, '&')
    .replace(/&#038;/g, '&');
}

// axe-core once per document: the builder evaluates its source before every audit and again in
// every frame, half a second of CPU each time here — a second audit of the same page (the other
// colour scheme) then costs only its rules.
const axeOncePerDocument = `if (!window.axe) {\n${axe.source}\n}`;

/** The rules whose verdict depends on colours: all that can change when only the scheme does. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Zero serious or critical accessibility violations on the current page (with `rules`, only
 * those). axe runs in the page itself (the builder's legacy mode): its default runs each frame
 * apart and joins the results in a new blank page, which is for cross-origin frames — our pages
 * have none — and costs twice the CPU (3.0 s against 1.6 s for the long post here).
 */
export async function expectAccessible(page: Page, { rules }: { rules?: string[] } = {}) {
  // After a client-side navigation Next.js streams the new page's <title> in after its content:
  // audit the page once it has one (a page that never gets one still fails, here or in axe).
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page, axeSource: axeOncePerDocument })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    'serious or critical axe violations',
  ).toEqual([]);
}
