import { getConfig } from '@/lib/config';
import { checkSignedRead, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@/lib/revalidate/signature';
import { DEFAULT_THEME, themes } from '@/themes/registry';
import packageJson from '@/package.json';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * GET /api/themes/: the themes this server has, for the companion plugin's screen in wp-admin
 * (Appearance → Pressfront themes), and whether the server pins one. Answers the plugin's signed
 * requests only (context "themes", empty body).
 */
export function GET(request: Request) {
  const secret = getConfig().revalidateSecret;
  if (!secret)
    return Response.json(
      { error: 'not configured (PRESSFRONT_REVALIDATE_SECRET)' },
      { status: 404, headers: noStore },
    );
  const check = checkSignedRead(
    'themes',
    {
      body: '',
      timestamp: request.headers.get(TIMESTAMP_HEADER),
      signature: request.headers.get(SIGNATURE_HEADER),
    },
    secret,
  );
  if (!check.ok)
    return Response.json({ error: `signature ${check.reason}` }, { status: 401, headers: noStore });
  return Response.json(
    {
      themes: Object.values(themes).map((theme) => ({
        name: theme.name,
        label: theme.label,
        description: theme.description,
        version: packageJson.version,
        screenshot: theme.screenshot,
      })),
      default: DEFAULT_THEME,
      pinned: getConfig().theme,
    },
    { headers: noStore },
  );
}
