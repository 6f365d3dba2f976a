import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerDocumentBody, toReaderDocument, withoutScriptLinks } from './reader-document';

// The transform against a page the installed Next.js rendered (fixtures/next-page.html: the
// long-form post, recorded by scripts/record-next-page.ts). A Next.js upgrade fails the first test
// until the page is recorded again with it, and the others then say whether the transform still
// holds for what that version sends.

const fixtures = path.join(__dirname, 'fixtures');
const page = readFileSync(path.join(fixtures, 'next-page.html'), 'utf8');
const recorded = JSON.parse(readFileSync(path.join(fixtures, 'next-page.json'), 'utf8')) as { next: string };
const installed = (
  JSON.parse(
    readFileSync(path.join(__dirname, '..', '..', 'node_modules', 'next', 'package.json'), 'utf8'),
  ) as { version: string }
).version;

const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];
/** The markup with every script and link element taken out: what must not change. */
const withoutScriptsAndLinks = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*>/g, '');

describe('reader documents, against the installed Next.js', () => {
  it('the recorded page is the installed version’s (after an upgrade: npx tsx scripts/record-next-page.ts)', () => {
    expect(recorded.next).toBe(installed);
  });

  it('the page as Next sends it carries the runtime, its preloads and the React payload', () => {
    expect(page).toMatch(/<script src="\/_next\/static\/[^"]+\.js"/);
    expect(page).toMatch(/<link rel="preload" as="script"[^>]*href="\/_next\/static\//);
    expect(page).toContain('self.__next_f');
  });

  it('the document keeps only our scripts, and no trace of the runtime', () => {
    const document = toReaderDocument(page);
    expect(scriptTags(document)).toEqual([
      '<script data-pf-script="">',
      '<script data-pf-script="">',
      '<script data-island-script="scheme-toggle">',
      '<script type="application/ld+json">',
      '<script type="application/ld+json">',
      '<script data-island-script="subscribe-form">',
      '<script data-island-script="comment-form">',
    ]);
    expect(document).not.toMatch(/\/_next\/static\/[^"]+\.js/);
    expect(document).not.toMatch(/__next_f|__next_s|TURBOPACK|\$RC|\$RT/);
    // The page's own stylesheet stays.
    expect(document).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
    expect(document.length).toBeLessThan(page.length / 2);
  });

  it('changes nothing else: every element, word and attribute of the page is there', () => {
    expect(withoutScriptsAndLinks(toReaderDocument(page))).toBe(withoutScriptsAndLinks(page));
    const links = (html: string) =>
      (html.match(/<link\b[^>]*>/g) ?? []).filter((l) => !/as="script"/.test(l));
    expect(links(toReaderDocument(page))).toEqual(links(page));
  });

  it('a reader page streams nothing after its shell: it needs none of React’s inline instructions', () => {
    expect(page).not.toContain('<!--$?-->');
  });
});

describe('toReaderDocument', () => {
  it('keeps scripts marked as ours, data scripts and speculation rules; drops any other', () => {
    const html = [
      '<script data-pf-script="">a()</script>',
      '<script data-island-script="comment-form">b()</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="speculationrules">{}</script>',
      '<script>somethingNew()</script>',
      '<script type="module" src="/_next/static/x.js"></script>',
      '<script data-island-script="<evil>">c()</script>',
    ].join('');
    expect(toReaderDocument(html)).toBe(
      '<script data-pf-script="">a()</script><script data-island-script="comment-form">b()</script><script type="application/ld+json">{}</script><script type="speculationrules">{}</script>',
    );
  });

  it('keeps React’s instructions where a boundary was still pending when the shell went out', () => {
    const pending =
      '<!--$?--><template id="B:0"></template><!--/$--><div hidden id="S:0">late</div><script>$RC("B:0","S:0")</script>';
    expect(toReaderDocument(pending)).toBe(pending);
    expect(toReaderDocument('<p>done</p><script>$RC("B:0","S:0")</script>')).toBe('<p>done</p>');
  });

  it('drops script preloads, keeps every other link', () => {
    const html =
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/a.js"/><link rel="modulepreload" href="/m.js"/><link rel="preload" as="image" href="/i.jpg"/><link rel="stylesheet" href="/s.css"/>';
    expect(toReaderDocument(html)).toBe(
      '<link rel="preload" as="image" href="/i.jpg"/><link rel="stylesheet" href="/s.css"/>',
    );
  });
});

describe('readerDocumentBody', () => {
  it('transforms HTML, drops script preloads from the Link header and the stale length', () => {
    const headers = new Headers({
      'content-type': 'text/html; charset=utf-8',
      'content-length': '999',
      link: '</_next/static/a.css>; rel=preload; as="style", </_next/static/b.js>; rel=preload; as="script"',
    });
    const body = readerDocumentBody(headers, new TextEncoder().encode('<p>é</p><script>x()</script>'));
    expect(new TextDecoder().decode(body)).toBe('<p>é</p>');
    expect(headers.get('link')).toBe('</_next/static/a.css>; rel=preload; as="style"');
    expect(headers.has('content-length')).toBe(false);
  });

  it('leaves anything but HTML as it is (feeds, sitemaps)', () => {
    const headers = new Headers({ 'content-type': 'application/rss+xml' });
    const feed = new TextEncoder().encode('<rss><script>kept as text</script></rss>');
    expect(readerDocumentBody(headers, feed)).toBe(feed);
  });

  it('a Link header of script preloads only goes', () => {
    expect(withoutScriptLinks('</a.js>; rel=modulepreload, </b.js>; rel=preload; as=script')).toBe('');
  });
});
