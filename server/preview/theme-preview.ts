import { BoundedMap } from '@/lib/util/bounded-map';
import { type PayloadCheck, signPayload, verifyPayload } from '@/lib/signing';
import { processSingleton } from '@/lib/util/process-singleton.cjs';

// Live preview of a theme from wp-admin. The companion plugin signs a link good for five minutes
// and for one use (a nonce): the theme, the options being tried, and where the preview bar's
// "Activate" and "Exit" lead back into wp-admin. Opening it gives that browser alone a signed
// session cookie (an hour); pages rendered with it are never kept by any cache (serve.ts,
// proxy.ts). The options are unchecked here: the theme they belong to validates them.

/** The cookie that carries a theme-preview session. */
export const PREVIEW_COOKIE = 'pf_theme_preview';
export const PREVIEW_SESSION_SECONDS = 60 * 60;

export interface ThemePreview {
  theme: string;
  /** The option values to try, as wp-admin's form had them. */
  options: unknown;
  /** wp-admin addresses for the preview bar; null when the link did not carry them. */
  activateUrl: string | null;
  exitUrl: string | null;
  exp: number;
}
interface PreviewLink extends ThemePreview {
  nonce: string;
}

const LINK = 'theme-preview';
const SESSION = 'theme-preview-session';
// Options travel in the link: allow for them, but not without bound.
const MAX_LENGTH = 4096;

const isAdminUrl = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && /^https?:\/\/[^\s"<>]+$/.test(v));
const isPreview = (v: Record<string, unknown>) =>
  typeof v.theme === 'string' &&
  /^[a-z0-9-]{1,64}$/.test(v.theme) &&
  isAdminUrl(v.activateUrl) &&
  isAdminUrl(v.exitUrl);

const normal = (v: ThemePreview): ThemePreview => ({
  theme: v.theme,
  options: v.options ?? {},
  activateUrl: v.activateUrl ?? null,
  exitUrl: v.exitUrl ?? null,
  exp: v.exp,
});

/** Checks a link the plugin signed: fresh, authentic, well-formed. Use `claimLink` to spend it. */
export function verifyPreviewLink(token: string | null | undefined, secret: string, nowSeconds?: number) {
  const check = verifyPayload<PreviewLink>(
    LINK,
    token,
    secret,
    (v) => isPreview(v) && typeof v.nonce === 'string' && /^[A-Za-z0-9]{8,64}$/.test(v.nonce),
    { nowSeconds, maxLength: MAX_LENGTH },
  );
  return check.ok
    ? ({ ok: true, payload: { ...normal(check.payload), nonce: check.payload.nonce } } as const)
    : check;
}

// The links already opened, until they expire: a link is good for one browser, once.
const spent = () =>
  processSingleton('theme-preview.spent', () => new BoundedMap<string, number>({ maxEntries: 10_000 }));

/** True the first time a link's nonce is spent; false when it was opened before (a replay). */
export function claimLink(
  link: { nonce: string; exp: number },
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const memory = spent();
  const seen = memory.peek(link.nonce);
  if (seen !== undefined && seen >= nowSeconds) return false;
  memory.set(link.nonce, link.exp);
  return true;
}

export function signPreviewSession(
  preview: Omit<ThemePreview, 'exp'>,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): string {
  return signPayload(SESSION, { ...preview, exp: nowSeconds + PREVIEW_SESSION_SECONDS }, secret);
}

export function verifyPreviewSession(
  cookie: string | null | undefined,
  secret: string,
  nowSeconds?: number,
): PayloadCheck<ThemePreview> {
  const check = verifyPayload<ThemePreview>(SESSION, cookie, secret, isPreview, {
    nowSeconds,
    maxLength: MAX_LENGTH,
  });
  return check.ok ? { ok: true, payload: normal(check.payload) } : check;
}

const EXIT = 'theme-preview-exit';

/**
 * The preview bar's "Exit" address: it ends the preview and returns to wp-admin. The way back is
 * signed into the link because the end route may not see the session: in wp-admin's frame the
 * cookie is partitioned to wp-admin's site, and "Exit" opens at the top, outside that partition.
 */
export function exitHref(
  exitUrl: string | null,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): string {
  const end = '/api/theme-preview/end/';
  if (!exitUrl) return end;
  return `${end}?exit=${encodeURIComponent(signPayload(EXIT, { to: exitUrl, exp: nowSeconds + PREVIEW_SESSION_SECONDS } as { exp: number }, secret))}`;
}

/** Where a signed "Exit" leads, or null when the link is not ours (or too old). */
export function exitTarget(token: string | null, secret: string, nowSeconds?: number): string | null {
  const check = verifyPayload<{ to: string; exp: number }>(
    EXIT,
    token,
    secret,
    (v) => typeof v.to === 'string' && isAdminUrl(v.to),
    { nowSeconds },
  );
  return check.ok ? check.payload.to : null;
}
