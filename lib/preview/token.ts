import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// The theme-preview cookie holds "<theme>.<signature>": a visitor cannot forge one to see a theme
// the site owner has not chosen, and the secret itself never leaves the server.

const sign = (theme: string, secret: string) =>
  createHmac('sha256', secret).update(`theme-preview:${theme}`).digest('base64url');

/** Compares two strings in constant time (hashing first, so lengths do not leak either). */
/** The cookie that carries a signed theme preview (lib/page-cache/serve.ts never keeps such a page). */
export const PREVIEW_COOKIE = 'pf_theme_preview';

export function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function signPreview(theme: string, secret: string): string {
  return `${theme}.${sign(theme, secret)}`;
}

/** The previewed theme's name if `value` was signed with `secret`, else null. */
export function verifyPreview(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const theme = value.slice(0, dot);
  return safeEqual(value.slice(dot + 1), sign(theme, secret)) ? theme : null;
}
