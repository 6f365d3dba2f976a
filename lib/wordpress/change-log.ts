import { z } from 'zod';
import { wpFetch } from './client';

// The companion plugin's change log (backend/plugin/pressfront-bridge/src/ChangeLog.php): what
// changed after a sequence number this frontend applied. Signed, never cached.

const changesPage = z.object({
  latest: z.number().int().nonnegative(),
  /** False when some of what was missed is no longer in the log (or `since` is not its own). */
  complete: z.boolean(),
  changes: z.array(
    z.object({
      seq: z.number().int().positive(),
      event: z.string(),
      tags: z.array(z.string()),
    }),
  ),
});

export type ChangesPage = z.infer<typeof changesPage>;

/**
 * Changes after `since` (null: this frontend knows no sequence yet), oldest first, a page at a
 * time. Throws NotFoundError where the plugin (or its change log) is not installed.
 */
export async function getChangesSince(since: number | null): Promise<ChangesPage> {
  const { data } = await wpFetch({
    path: '/pressfront/v1/changes',
    body: { since },
    signedAs: 'changes',
    schema: changesPage,
    tags: [],
    notFound: 'the companion plugin’s change log',
  });
  return data;
}
