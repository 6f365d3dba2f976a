import { getConfig } from '@/lib/config';
import { log } from '@/lib/log';
import { changeFeed } from '@/server/revalidation/process-change-feed';
import { MAX_BODY_BYTES, parsePayload } from '@/server/revalidation/payload';
import { readCappedBody } from '@/server/http/read-capped-body';
import { acceptedElsewhere } from '@/server/revalidation/replay';
import { checkSignature, ReplayMemory, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@/lib/signing';

const seen = new ReplayMemory();
const json = (status: number, body: unknown) => Response.json(body, { status });

/**
 * The companion plugin tells the site what changed in WordPress: a signed list of cache tags,
 * each expired at once so the next reader gets fresh content, with the sequence number of its
 * change log. Refusals say why, never more.
 */
export async function POST(request: Request) {
  const secret = getConfig().bridgeSecret;
  if (!secret) return json(404, { error: 'revalidation is not configured (PRESSFRONT_BRIDGE_SECRET)' });
  const body = await readCappedBody(request, MAX_BODY_BYTES);
  if (body === null) return json(413, { error: `body larger than ${MAX_BODY_BYTES} bytes` });
  const signature = request.headers.get(SIGNATURE_HEADER);
  const check = checkSignature(
    { body, timestamp: request.headers.get(TIMESTAMP_HEADER), signature },
    secret,
    seen,
  );
  if (!check.ok) return json(401, { error: `signature ${check.reason}` });
  // The same message through a second edge to the same workers (the plugin signs once for all its
  // frontends), or a replay: the shared cache has it already, nothing more to do.
  if (await acceptedElsewhere(signature ?? '')) return json(200, { revalidated: [], duplicate: true });
  const parsed = parsePayload(body);
  if (!parsed.ok) return json(400, { error: parsed.error });
  const { tags, event, seq } = parsed.payload;
  // Expired at once; a gap in the sequence before it is fetched from the plugin's change log.
  const caughtUp = await changeFeed().receive(seq, tags);
  log('info', 'revalidate', { event: event ?? null, seq: seq ?? null, tags });
  return json(200, { revalidated: tags, event: event ?? null, ...(caughtUp ? { caughtUp } : {}) });
}
