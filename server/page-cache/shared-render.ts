import { applyScriptPolicy, type ScriptPolicy } from '../http/app-script-policy';
import { innerRequestHeaders, innerUrl } from '../routing/inner-request';
import { beginRender, RENDER_ID_HEADER } from './render-log';

/**
 * How a shared page is kept and sent: as a reader's document (server/page-cache/reader-document.ts,
 * which carries its own policy, by hash), or with Next's runtime — then with a fresh script policy
 * (server/http/app-script-policy.ts), whose nonce Next marks its scripts with.
 */
export interface KeptAs {
  documents: boolean;
  /** A fresh script policy, for a page kept with Next's runtime. */
  scriptPolicy?: () => ScriptPolicy | null;
}

/**
 * Renders a shared page through this same server (the inner request), under a render id whose
 * record (server/page-cache/render-log.ts) notes every WordPress read it makes: the page cache and
 * the edge decide from it whether every reader may be given the answer. The caller takes the
 * record once the body is read.
 */
export async function renderShared(
  request: Request,
  pathAndQuery: string,
  { documents, scriptPolicy }: KeptAs = { documents: true },
): Promise<{ id: string; inner: Response; scriptPolicy: ScriptPolicy | null }> {
  const policy = documents ? null : (scriptPolicy?.() ?? null);
  const id = crypto.randomUUID();
  beginRender(id);
  const headers = innerRequestHeaders(request);
  headers.set(RENDER_ID_HEADER, id);
  // Shared pages render the same for everyone: no reader's cookie takes part.
  headers.delete('cookie');
  applyScriptPolicy(policy, { request: headers });
  const inner = await fetch(innerUrl(pathAndQuery), {
    method: request.method,
    headers,
    redirect: 'manual',
    cache: 'no-store',
  });
  // The answer carries the policy the render was made with (applyScriptPolicy).
  return { id, inner, scriptPolicy: policy };
}
