import { fromBuffer } from '@capsizecss/unpack';
import type { FontMetrics } from '../../fonts/fallback-faces';
import { getConfig } from '../../config';
import { logOnce } from '../../log';
import { BoundedMap } from '../../util/bounded-map';
import { designFontPath } from './font-face-css';

// A design font's metrics, read from its file on the site's WordPress (the same theme file
// app/api/design-fonts serves readers), once per file per process: a theme's font files change
// with a theme update. A file that cannot be read is tried again a minute later; until then its
// family keeps its stack without sized fallbacks — the page renders either way.

const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 3_000;
const RETRY_AFTER_MS = 60_000;

const known = new BoundedMap<string, Promise<FontMetrics | null>>({ maxEntries: 64 });

async function read(url: string): Promise<FontMetrics | null> {
  const path = designFontPath(url);
  if (!path) return null;
  const file = path.slice(path.indexOf('wp-content/'));
  try {
    const response = await fetch(`${getConfig().wordpressUrl.replace(/\/$/, '')}/${file}`, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok || Number(response.headers.get('content-length') ?? '0') > MAX_BYTES) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status}, ${response.headers.get('content-length') ?? '?'} bytes`);
    }
    const body = await response.arrayBuffer();
    if (body.byteLength > MAX_BYTES) throw new Error(`${body.byteLength} bytes`);
    const { ascent, descent, lineGap, unitsPerEm, xWidthAvg } = await fromBuffer(Buffer.from(body));
    if (
      ![ascent, descent, lineGap, unitsPerEm, xWidthAvg].every(Number.isFinite) ||
      unitsPerEm <= 0 ||
      xWidthAvg <= 0
    )
      throw new Error('the file gives no usable metrics');
    return { ascent, descent, lineGap, unitsPerEm, xWidthAvg };
  } catch (error) {
    logOnce(`design-font-metrics:${file}`, 'warn', 'design', {
      message: 'a design font’s file could not be read for its metrics: its text may move when it loads',
      file,
      error: String(error),
    });
    setTimeout(() => known.delete(url), RETRY_AFTER_MS).unref();
    return null;
  }
}

/** The metrics of the design font file at `url` (one of the design's font faces' sources). */
export function readFontMetrics(url: string): Promise<FontMetrics | null> {
  let metrics = known.get(url);
  if (!metrics) {
    metrics = read(url);
    known.set(url, metrics);
  }
  return metrics;
}
