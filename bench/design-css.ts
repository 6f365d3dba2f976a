// The site design's CSS on a page, side by side with WordPress's own page for the same URL: what
// WordPress's PHP theme ships (every stylesheet, linked or inline, and of it the global styles and
// block-supports CSS), what a Pressfront page ships in all and of it for the design (the one
// <style data-pf-design> a singular page carries: only the rules and variables its content uses),
// and what one stylesheet of the whole design would weigh instead (its variables, preset classes
// and layout rules) — the two ways the issue asked to measure. Bytes as sent, and gzipped.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { contentCss } from '@/lib/wordpress/design/content-css';
import { reshapeDesign } from '@/lib/wordpress/design/reshape';
import { readCss, writeCss } from '@/lib/wordpress/design/safe-css';
import { wpDesign } from '@/lib/wordpress/design/schema';
import { startNext } from './support/next-server';
import { benchPorts } from './support/ports';

export const designPages: Record<string, string> = {
  'block design page': '/block-design/',
  'kitchen sink': '/kitchen-sink/',
  'long-form post': '/harbour-towns-sign-tidal-power-pact/',
};

export interface DesignCssRow {
  page: string;
  /** WordPress's PHP theme: all its CSS, and the global styles + block supports part of it. */
  wordpressCss: Sizes;
  wordpressDesign: Sizes;
  /** Pressfront (theme show): all its CSS, and the page's design <style>. */
  pressfrontCss: Sizes;
  pressfrontDesign: Sizes;
  /** contentCss for this page's content, warm, median of 200 runs (ms). */
  contentCssMs: number;
}

export interface DesignCss {
  theme: string;
  wholeDesign: Sizes;
  rows: DesignCssRow[];
}

interface Sizes {
  bytes: number;
  gzip: number;
}

const sizes = (css: string): Sizes => ({
  bytes: Buffer.byteLength(css),
  gzip: css ? gzipSync(css).length : 0,
});
const add = (a: Sizes, b: Sizes): Sizes => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip });
const none: Sizes = { bytes: 0, gzip: 0 };

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** A page's CSS: each inline <style> (by its id, if any) and each linked stylesheet, fetched. */
async function cssOf(pageUrl: string): Promise<{ id: string; css: string }[]> {
  const html = await text(pageUrl);
  const inline = [...html.matchAll(/<style([^>]*)>([\s\S]*?)<\/style>/g)].map((m) => ({
    id: /(?:id|data-pf-design)="?([^"\s>]*)/.exec(m[1] ?? '')?.[0] ?? '',
    css: m[2] ?? '',
  }));
  const linked = await Promise.all(
    [...html.matchAll(/<link[^>]*rel=["']stylesheet["'][^>]*>/g)].map(async (m) => {
      const href = /href=["']([^"']+)["']/.exec(m[0])?.[1];
      if (!href) return { id: '', css: '' };
      return { id: href, css: await text(new URL(href.replace(/&amp;/g, '&'), pageUrl).href) };
    }),
  );
  return [...inline, ...linked];
}

const total = (parts: { css: string }[]) => parts.reduce((sum, p) => add(sum, sizes(p.css)), none);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchDesignCss(theme = 'show'): Promise<DesignCss> {
  const wordpress = process.env.WORDPRESS_URL ?? 'http://127.0.0.1:8790';
  const rest = `${wordpress}/wp-json`;
  const answer = wpDesign.parse(JSON.parse(await text(`${rest}/pressfront/v1/design`)));
  const { design } = reshapeDesign(answer, new URL(wordpress).origin);
  const wholeDesign = sizes(writeCss([...design.css.variables, ...design.css.presets, ...design.css.layout]));
  const server = await startNext(benchPorts.next, { PRESSFRONT_THEME: theme });
  const rows: DesignCssRow[] = [];
  try {
    for (const [page, path] of Object.entries(designPages)) {
      const theirs = await cssOf(`${wordpress}${path}`);
      const ours = await cssOf(`${server.url}${path}`);
      const slug = path.replace(/^\/|\/$/g, '');
      const [entry] = (await Promise.all(
        ['posts', 'pages'].map((type) =>
          fetch(`${rest}/wp/v2/${type}?slug=${slug}&_fields=content,pressfront_block_css`).then(
            (r) => r.json() as Promise<{ content: { rendered: string }; pressfront_block_css?: string }[]>,
          ),
        ),
      ).then((lists) => lists.flat())) as [{ content: { rendered: string }; pressfront_block_css?: string }];
      const blockRules = readCss(entry?.pressfront_block_css ?? '').rules;
      const html = entry?.content.rendered ?? '';
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const started = performance.now();
        contentCss(html, blockRules, design);
        times.push(performance.now() - started);
      }
      rows.push({
        page,
        wordpressCss: total(theirs),
        wordpressDesign: total(
          theirs.filter((p) => /global-styles|block-supports|block-style-variation/.test(p.id)),
        ),
        pressfrontCss: total(ours),
        pressfrontDesign: total(ours.filter((p) => p.id.startsWith('data-pf-design'))),
        contentCssMs: Math.round(median(times) * 100) / 100,
      });
    }
  } finally {
    await server.stop();
  }
  return { theme, wholeDesign, rows };
}
