import { CATCH_UP_TOKEN_HEADER, catchUpToken } from '@/server/revalidation/catch-up';
import type { CatchUpReason } from '@/server/revalidation/change-feed';
import { changeFeed } from '@/server/revalidation/process-change-feed';
import { safeEqual } from '@/lib/signing';

const REASONS: CatchUpReason[] = ['start-up', 'out-of-sequence', 'after-failure', 'periodic'];

/**
 * The proxy's request to catch up with the plugin's change log (server/revalidation/catch-up.ts): a
 * route handler, because only route handlers may revalidate tags. Answers this server's own
 * proxy only (a token made for the process); anyone else gets a 404.
 */
export async function POST(request: Request) {
  if (!safeEqual(request.headers.get(CATCH_UP_TOKEN_HEADER) ?? '', catchUpToken())) {
    return Response.json({ error: 'not found' }, { status: 404 });
  }
  const asked: unknown = await request.json().catch(() => null);
  const reason =
    typeof asked === 'object' &&
    asked !== null &&
    'reason' in asked &&
    REASONS.includes(asked.reason as CatchUpReason)
      ? (asked.reason as CatchUpReason)
      : 'periodic';
  const result = await changeFeed().catchUp(reason);
  return Response.json(result, { status: result.kind === 'failed' ? 503 : 200 });
}
