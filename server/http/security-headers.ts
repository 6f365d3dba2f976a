// What every answer tells the browser, behind the sanitizer (lib/content/sanitize.ts): never guess
// a content type, send other sites only our origin as the referrer, no powerful feature for
// anything on our pages, HTTPS only once a site is served over it, and be framed only by this site
// and its WordPress — whose wp-admin shows the live theme preview in a frame — or by the origins a
// site owner names (PRESSFRONT_FRAME_ANCESTORS).

/** Features no page of ours uses: refused to the page and everything it embeds. */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

const ONE_YEAR = 365 * 24 * 60 * 60;

export interface FramingConfig {
  wordpressUrl: string;
  wordpressHomeUrl: string;
  /** Origins allowed to frame the site, beside itself; null: its WordPress's. */
  frameAncestors: string[] | null;
}

/** The origins allowed to frame our pages, as a CSP source list. */
export function frameAncestors(config: FramingConfig | null): string {
  const origins = config
    ? (config.frameAncestors ??
      [config.wordpressUrl, config.wordpressHomeUrl].map((url) => new URL(url).origin))
    : [];
  return ["'self'", ...new Set(origins)].join(' ');
}

/** Sets the headers on an answer; `secure` when the site is read over HTTPS. */
export function setSecurityHeaders(headers: Headers, config: FramingConfig | null, secure: boolean): void {
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  headers.set('permissions-policy', PERMISSIONS_POLICY);
  if (!headers.has('content-security-policy'))
    headers.set('content-security-policy', `frame-ancestors ${frameAncestors(config)}`);
  if (secure) headers.set('strict-transport-security', `max-age=${ONE_YEAR}`);
}
