import { applyScriptPolicy, type ScriptPolicy } from '../http/app-script-policy';
import { innerRequestHeaders, innerUrl } from '../routing/inner-request';
import { beginRender, RENDER_ID_HEADER } from './render-log';

/**
 * Renders a shared page through this same server (the inner request), under a render id whose
 * record (server/page-cache/render-log.ts) notes every WordPress read it makes: the page cache and
 * the edge decide from it whether every reader may be given the answer. The caller takes the
 * record once the body is read.
 */
export async function renderShared(
  request: Request,
  pathAndQuery: string,
  /** For a page kept with Next's runtime: the policy whose nonce Next marks its scripts with. */
  scriptPolicy: ScriptPolicy | null = null,
): Promise<{ id: string; inner: Response }> {
  const id = crypto.randomUUID();
  beginRender(id);
  const headers = innerRequestHeaders(request);
  headers.set(RENDER_ID_HEADER, id);
  // Shared pages render the same for everyone: no reader's cookie takes part.
  headers.delete('cookie');
  applyScriptPolicy(scriptPolicy, { request: headers });
  const inner = await fetch(innerUrl(pathAndQuery), {
    method: request.method,
    headers,
    redirect: 'manual',
    cache: 'no-store',
  });
  return { id, inner };
}
