import { getConfig } from '@/lib/config';
import { checkSignedRead, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@/lib/signing';

export const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The answer to give a request that is not the companion plugin's, signed for `context` over
 * `body`; null when it is. The themes endpoints answer wp-admin's screens and nobody else.
 */
export function refuseUnlessPlugin(request: Request, context: string, body: string): Response | null {
  const secret = getConfig().bridgeSecret;
  if (!secret)
    return Response.json(
      { error: 'not configured (PRESSFRONT_BRIDGE_SECRET)' },
      { status: 404, headers: noStore },
    );
  const check = checkSignedRead(
    context,
    {
      body,
      timestamp: request.headers.get(TIMESTAMP_HEADER),
      signature: request.headers.get(SIGNATURE_HEADER),
    },
    secret,
  );
  return check.ok
    ? null
    : Response.json({ error: `signature ${check.reason}` }, { status: 401, headers: noStore });
}
