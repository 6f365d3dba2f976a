import { getConfig } from '../../config';
import { originDispatcher, USER_AGENT } from '../origin-bound';

// A design font's file on the site's WordPress: only a font file in a theme's folder (the design's
// font faces name them: font-face-css.ts), and at most a few MB. Read for readers
// (server/design/serve-design-font.ts: served from this origin) and for its metrics
// (read-font-metrics.ts: the sized fallbacks).

const FONT_FILE =
  /^wp-content\/themes\/[a-z0-9_-]{1,64}\/(?:[\w-]{1,100}\/){0,6}[\w.-]{1,100}\.(woff2|woff|ttf|otf)$/i;
const MAX_BYTES = 5 * 1024 * 1024;

export type FontFile =
  | { kind: 'ok'; bytes: ArrayBuffer; extension: string }
  /** Not a theme's font file: never asked of WordPress. */
  | { kind: 'refused' }
  /** WordPress answered, without the file (or with one too large to be a font). */
  | { kind: 'missing' }
  | { kind: 'unreachable'; error: string };

/** The font file at `path` (e.g. `wp-content/themes/…/x.woff2`) on the site's WordPress. */
export async function fetchDesignFontFile(path: string, timeoutMs: number): Promise<FontFile> {
  const extension = FONT_FILE.exec(path)?.[1]?.toLowerCase();
  if (!extension || path.split('/').some((part) => part === '..' || part === '.')) return { kind: 'refused' };
  let response: Response;
  try {
    response = await fetch(`${getConfig().wordpressUrl.replace(/\/$/, '')}/${path}`, {
      headers: { 'User-Agent': USER_AGENT },
      signal: AbortSignal.timeout(timeoutMs),
      // A request to WordPress like any other: within the bound on its load (../origin-bound.ts).
      dispatcher: originDispatcher(),
    } as RequestInit);
  } catch (error) {
    return { kind: 'unreachable', error: String(error) };
  }
  if (!response.ok || Number(response.headers.get('content-length') ?? '0') > MAX_BYTES) {
    await response.body?.cancel();
    return { kind: 'missing' };
  }
  const bytes = await response.arrayBuffer();
  return bytes.byteLength > MAX_BYTES ? { kind: 'missing' } : { kind: 'ok', bytes, extension };
}
