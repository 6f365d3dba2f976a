import { getConfig } from '@/lib/config';
import { DEFAULT_THEME, themes } from '@/themes/_engine/registry';
import { themeScreenshot } from '@/themes/_engine/screenshot';
import packageJson from '@/package.json';
import { noStore, refuseUnlessPlugin } from './plugin-request';

/**
 * GET /api/themes/: the themes this server has, for the companion plugin's screen in wp-admin
 * (Appearance → Pressfront themes): identity, screenshot, and the options a site owner may
 * customise, as form fields (themes/_engine/options); and whether the server pins one. Answers the
 * plugin's signed requests only (context "themes", empty body).
 */
export function GET(request: Request) {
  const refused = refuseUnlessPlugin(request, 'themes', '');
  if (refused) return refused;
  return Response.json(
    {
      themes: Object.values(themes).map((theme) => ({
        name: theme.name,
        label: theme.label,
        description: theme.description,
        version: packageJson.version,
        screenshot: themeScreenshot(theme),
        options: theme.options.fields,
      })),
      default: DEFAULT_THEME,
      pinned: getConfig().theme,
    },
    { headers: noStore },
  );
}
