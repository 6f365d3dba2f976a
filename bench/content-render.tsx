// How long the content pipeline takes for a very long post: sanitize, parse, render with a theme's
// elements. A 10,000-word post with 50 captioned figures, the worst case a magazine publishes.
import { renderToMarkup } from '@/components/content/react-dom-markup';
import { DEFAULT_EMBED_HOSTS } from '../lib/config';
import { sanitizePostHtml } from '../lib/content/sanitize';
import { themes } from '@/themes/_engine/registry';

const WORDS = 10_000;
const FIGURES = 50;
const wp = 'http://127.0.0.1:8790';

function longPost(): string {
  const sentence =
    'The tide turned the blades of the harbour turbines twice a day, and the town kept its lights on.';
  const wordsPerSentence = sentence.split(' ').length;
  const paragraphs: string[] = [];
  let words = 0;
  let figure = 0;
  while (words < WORDS) {
    const p = Array.from({ length: 6 }, () => sentence).join(' ');
    paragraphs.push(
      `<!-- wp:paragraph -->\n<p>${p} <a href="${wp}/other-story/">A link</a> and <em>emphasis</em>.</p>\n<!-- /wp:paragraph -->`,
    );
    words += 6 * wordsPerSentence + 4;
    if (figure < FIGURES) {
      figure++;
      paragraphs.push(
        `<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1600" height="1000" ` +
          `src="${wp}/wp-content/uploads/2026/11/photo-${figure}.jpg" alt="Photo ${figure}" class="wp-image-${figure}" ` +
          `srcset="${wp}/wp-content/uploads/2026/11/photo-${figure}.jpg 1600w, ${wp}/wp-content/uploads/2026/11/photo-${figure}-300x188.jpg 300w, ` +
          `${wp}/wp-content/uploads/2026/11/photo-${figure}-1024x640.jpg 1024w" sizes="(max-width: 1600px) 100vw, 1600px" />` +
          `<figcaption class="wp-element-caption">Caption number ${figure}, with <em>a little</em> markup.</figcaption></figure>`,
      );
      if (figure % 10 === 0) paragraphs.push(`<h2>Part ${figure / 10}</h2>`);
    }
  }
  return paragraphs.join('\n\n');
}

export interface ContentBenchResult {
  words: number;
  figures: number;
  inputBytes: number;
  outputBytes: number;
  runs: number;
  sanitizeMs: { p50: number; p95: number };
  renderMs: { p50: number; p95: number };
  totalMs: { p50: number; p95: number };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
};

export function benchContentRender(runs = 30): ContentBenchResult {
  const html = longPost();
  const elements = themes.show!.elements;
  const policy = { wordpressUrl: wp, embedHosts: DEFAULT_EMBED_HOSTS };
  const sanitizeTimes: number[] = [];
  const renderTimes: number[] = [];
  let output = '';
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    const clean = sanitizePostHtml(html, policy);
    const t1 = performance.now();
    output = renderToMarkup(clean, elements);
    const t2 = performance.now();
    if (i >= 3) {
      // the first runs warm the JIT
      sanitizeTimes.push(t1 - t0);
      renderTimes.push(t2 - t1);
    }
  }
  const totals = sanitizeTimes.map((s, i) => s + renderTimes[i]!);
  const words = output
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return {
    words,
    figures: (output.match(/<figure/g) ?? []).length,
    inputBytes: Buffer.byteLength(html),
    outputBytes: Buffer.byteLength(output),
    runs,
    sanitizeMs: { p50: percentile(sanitizeTimes, 50), p95: percentile(sanitizeTimes, 95) },
    renderMs: { p50: percentile(renderTimes, 50), p95: percentile(renderTimes, 95) },
    totalMs: { p50: percentile(totals, 50), p95: percentile(totals, 95) },
  };
}
