import { randomBytes } from 'node:crypto';
import { signPayload } from '@/lib/signing';

/**
 * A live-preview link as the companion plugin signs it (src/ThemePreview.php): for specs
 * that exercise the frontend's side alone. The wp-admin flow itself is theme-customize.spec.ts.
 */
export function previewLink(
  secret: string,
  theme: string,
  {
    options = {},
    path = '/',
    exp = Math.floor(Date.now() / 1000) + 300,
    exitUrl,
    activateUrl,
  }: {
    options?: Record<string, unknown>;
    path?: string;
    exp?: number;
    exitUrl?: string;
    activateUrl?: string;
  } = {},
): string {
  const token = signPayload(
    'theme-preview',
    { theme, options, nonce: randomBytes(12).toString('hex'), exp, exitUrl, activateUrl } as { exp: number },
    secret,
  );
  return `/api/theme-preview/?token=${encodeURIComponent(token)}&path=${encodeURIComponent(path)}`;
}
