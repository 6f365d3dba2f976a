import { processSingleton } from '@/lib/util/process-singleton.cjs';
import type { FormAnswer } from '@/lib/comments/form-answer';
import { getConfig } from '@/lib/config';
import { readerDocumentOf } from '../page-cache/serve-reader-document';
import { FORM_ANSWER_HEADER, innerRequestHeaders, innerUrl, passOnHeaders } from '../routing/inner-request';

// A form posted without JavaScript that was not taken (a comment WordPress refused, a wrong
// password) is answered in place, as WordPress answers its own: the page the form was on, rendered
// again with the form's answer and everything the reader typed — a comment may be 64 kB, more
// than any cookie holds, so nothing of it rides in one. The route hands the answer to the page's
// render (the inner request to this same server) under a one-time, unguessable id; the render takes
// it once. Nothing leaves the process, and no other request carries one (innerRequestHeaders drops
// a reader's own header of that name).

const TTL_MS = 30_000;
const answers = () => processSingleton('form-answers', () => new Map<string, FormAnswer & { at: number }>());

function keep(answer: FormAnswer): string {
  const held = answers();
  const now = Date.now();
  // Renders take the answer at once; any left behind (a render that failed early) go with age.
  for (const [id, kept] of held) if (now - kept.at > TTL_MS) held.delete(id);
  const id = crypto.randomUUID();
  held.set(id, { ...answer, at: now });
  return id;
}

/** The answer handed to this render, taken: a second read (or any other request) gets none. */
export function takeFormAnswer(id: string | null | undefined): FormAnswer | null {
  if (!id) return null;
  const held = answers();
  const kept = held.get(id);
  if (!kept) return null;
  held.delete(id);
  if (Date.now() - kept.at > TTL_MS) return null;
  return kept.form === 'comment'
    ? { form: 'comment', postId: kept.postId, state: kept.state }
    : { form: 'password', postId: kept.postId, error: kept.error };
}

/**
 * The page at `path` rendered for this reader with the form's answer, under `status` (a refusal's
 * own: 400, 403, 409, 429, 503). The reader's cookies go with it: an unlocked post stays unlocked.
 */
export async function answerInPlace(
  request: Request,
  path: string,
  answer: FormAnswer,
  status: number,
): Promise<Response> {
  const headers = innerRequestHeaders(request);
  headers.set(FORM_ANSWER_HEADER, keep(answer));
  headers.delete('content-type');
  headers.delete('content-length');
  const inner = await fetch(innerUrl(path), { headers, redirect: 'manual', cache: 'no-store' });
  const answered = passOnHeaders(inner, request.url);
  answered.set('cache-control', 'private, no-store');
  // A reader's document, as every reader page is unless the site keeps the app (lib/config).
  const body =
    getConfig().readerPages === 'documents'
      ? await readerDocumentOf(request, inner, answered, { shared: false })
      : new Uint8Array(await inner.arrayBuffer());
  // The page itself may be gone (a 404) or redirect: its own answer wins over the form's.
  return new Response(body, {
    status: inner.status === 200 ? status : inner.status,
    headers: answered,
  });
}
