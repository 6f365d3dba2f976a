import { readCappedBody } from '@/server/http/read-capped-body';
import { themes } from '@/themes/_engine/registry';
import { noStore, refuseUnlessPlugin } from '../plugin-request';

const MAX_BYTES = 16 * 1024;

/**
 * POST /api/themes/options/ {theme, options}: checks what a site owner wants to save before the
 * plugin stores it — the theme's own schema, the contrast guard included, is the one judge of its
 * options. 200 {theme, values} (normalised, defaults filled in); 422 {errors: {option: message}};
 * 400 for an unknown theme or a body that is not one. Signed by the plugin (context
 * "theme-options"); it changes nothing here, so a replay within five minutes is harmless.
 */
export async function POST(request: Request) {
  const body = await readCappedBody(request, MAX_BYTES);
  if (body === null) return Response.json({ error: 'body too large' }, { status: 413, headers: noStore });
  const refused = refuseUnlessPlugin(request, 'theme-options', body);
  if (refused) return refused;
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    return Response.json({ error: 'expected JSON {theme, options}' }, { status: 400, headers: noStore });
  }
  const { theme: name, options } = (input ?? {}) as { theme?: unknown; options?: unknown };
  const theme = typeof name === 'string' && Object.hasOwn(themes, name) ? themes[name] : undefined;
  if (!theme) {
    return Response.json(
      { error: `unknown theme ${JSON.stringify(name ?? null)}`, installed: Object.keys(themes) },
      { status: 400, headers: noStore },
    );
  }
  const check = theme.options.validate(options);
  return check.ok
    ? Response.json({ theme: theme.name, values: check.values }, { headers: noStore })
    : Response.json({ theme: theme.name, errors: check.errors }, { status: 422, headers: noStore });
}
