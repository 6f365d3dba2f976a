import { fromBuffer } from '@capsizecss/unpack';
import type { FontMetrics } from '../../fonts/fallback-faces';
import { logOnce } from '../../log';
import { BoundedMap } from '../../util/bounded-map';
import { DESIGN_FONTS_PATH, designFontPath } from './font-face-css';
import { fetchDesignFontFile } from './font-file';

// A design font's metrics, read from its file on the site's WordPress (the same theme file
// app/api/design-fonts serves readers), once per file per process: a theme's font files change
// with a theme update. A file that cannot be read is tried again a minute later; until then its
// family keeps its stack without sized fallbacks — the page renders either way.

const TIMEOUT_MS = 3_000;
const RETRY_AFTER_MS = 60_000;

const known = new BoundedMap<string, Promise<FontMetrics | null>>({ maxEntries: 64 });

async function read(url: string): Promise<FontMetrics | null> {
  const path = designFontPath(url)?.slice(DESIGN_FONTS_PATH.length) ?? '';
  const problem = (error: string) => {
    logOnce(`design-font-metrics:${path}`, 'warn', 'design', {
      message: 'a design font’s file could not be read for its metrics: its text may move when it loads',
      file: path,
      error,
    });
    setTimeout(() => known.delete(url), RETRY_AFTER_MS).unref();
    return null;
  };
  const file = await fetchDesignFontFile(path, TIMEOUT_MS);
  if (file.kind !== 'ok') return problem(file.kind === 'unreachable' ? file.error : file.kind);
  try {
    const { ascent, descent, lineGap, unitsPerEm, xWidthAvg } = await fromBuffer(Buffer.from(file.bytes));
    if (
      ![ascent, descent, lineGap, unitsPerEm, xWidthAvg].every(Number.isFinite) ||
      unitsPerEm <= 0 ||
      xWidthAvg <= 0
    )
      return problem('the file gives no usable metrics');
    return { ascent, descent, lineGap, unitsPerEm, xWidthAvg };
  } catch (error) {
    return problem(String(error));
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
