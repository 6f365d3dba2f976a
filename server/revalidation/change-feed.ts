import type { ChangesPage } from '@/lib/wordpress/change-log';
import { NotFoundError } from '@/lib/wordpress/errors';
import { tags as cacheTags } from '@/lib/wordpress/tags';

// The frontend's side of the companion plugin's change log. Every message the plugin sends carries
// a sequence number; the feed remembers the last one it applied (on disk, so a restart remembers
// it too). When a message arrives after a gap, at start-up, after WordPress failed, and every few
// minutes besides, it asks the plugin for what came after that number and expires exactly those
// tags — so a publication made while this server was stopped or unreachable is never missed.
// Where it cannot know (no plugin, no secret, or fallen further behind than the log reaches), it
// expires everything read from WordPress instead: stale content is the one thing it must not serve.

export type CatchUpReason = 'start-up' | 'out-of-sequence' | 'after-failure' | 'periodic';

export interface ChangeFeedDeps {
  /** The companion plugin can be asked (its shared secret is configured). */
  pluginConfigured: boolean;
  fetchSince: (since: number | null) => Promise<ChangesPage>;
  readSeq: () => Promise<number | null>;
  writeSeq: (seq: number) => Promise<void>;
  /** Revalidates the tags in the data cache and drops the kept pages that read them. */
  expire: (tags: string[]) => void;
  log: (level: 'info' | 'warn', fields: Record<string, unknown>) => void;
}

export type CatchUpResult =
  | { kind: 'applied'; seq: number; tags: string[] }
  | { kind: 'everything'; why: 'no-plugin' | 'log-incomplete' }
  | { kind: 'failed'; error: string };

/** A page of the log at most this many times per catch-up (500 changes a page). */
const MAX_PAGES = 20;

export class ChangeFeed {
  private seq: number | null | undefined;
  private running: Promise<CatchUpResult> | null = null;
  private toldNoPlugin = false;

  constructor(private readonly deps: ChangeFeedDeps) {}

  private async applied(): Promise<number | null> {
    if (this.seq === undefined) this.seq = await this.deps.readSeq();
    return this.seq;
  }

  private async remember(seq: number): Promise<void> {
    this.seq = seq;
    await this.deps.writeSeq(seq);
  }

  /** Asks the plugin what was missed and expires it; concurrent calls share one catch-up. */
  catchUp(reason: CatchUpReason): Promise<CatchUpResult> {
    this.running ??= this.run(reason).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private expireEverything(
    why: 'no-plugin' | 'log-incomplete',
    reason: CatchUpReason,
    position?: { since: number | null; latest: number },
  ): CatchUpResult {
    this.deps.expire([cacheTags.all]);
    if (why === 'log-incomplete' && position) {
      const { since, latest } = position;
      if (since === null) {
        this.deps.log('info', {
          reason,
          message: 'no position in the change log yet: everything expired once',
        });
      } else if (since > latest) {
        this.deps.log('warn', {
          reason,
          message: `the change log (at ${latest}) is behind this server (at ${since}), as after a restore or a new install: everything expired`,
        });
      } else {
        this.deps.log('warn', {
          reason,
          message:
            'missed more than the change log holds, or the position is another log’s (a new install): everything expired',
        });
      }
    } else if (why === 'no-plugin' && !this.toldNoPlugin) {
      this.toldNoPlugin = true;
      this.deps.log('warn', {
        reason,
        message:
          'no companion plugin change log (plugin or PRESSFRONT_BRIDGE_SECRET missing): cached WordPress data is treated as stale at start-up',
      });
    }
    return { kind: 'everything', why };
  }

  private async run(reason: CatchUpReason): Promise<CatchUpResult> {
    if (!this.deps.pluginConfigured) {
      // Nothing can say what changed while we were away: once per process, trust nothing cached.
      return this.toldNoPlugin
        ? { kind: 'everything', why: 'no-plugin' }
        : this.expireEverything('no-plugin', reason);
    }
    try {
      let since = await this.applied();
      const missed = new Set<string>();
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer = await this.deps.fetchSince(since);
        if (!answer.complete) {
          const result = this.expireEverything('log-incomplete', reason, { since, latest: answer.latest });
          await this.remember(answer.latest);
          return result;
        }
        for (const change of answer.changes) change.tags.forEach((tag) => missed.add(tag));
        const last = answer.changes.at(-1)?.seq ?? answer.latest;
        since = Math.max(since ?? 0, last);
        if (since >= answer.latest || answer.changes.length === 0) break;
      }
      const tags = [...missed];
      if (tags.length > 0) this.deps.expire(tags);
      if (since !== null) await this.remember(since);
      if (tags.length > 0 || reason === 'start-up' || reason === 'out-of-sequence') {
        this.deps.log('info', { reason, seq: since, expired: tags });
      }
      return { kind: 'applied', seq: since ?? 0, tags };
    } catch (error) {
      if (error instanceof NotFoundError) return this.expireEverything('no-plugin', reason);
      const message = error instanceof Error ? error.message : String(error);
      this.deps.log('warn', { reason, message: `catching up failed: ${message}` });
      return { kind: 'failed', error: message };
    }
  }

  /**
   * A message from the plugin: its tags are expired at once; a gap before its sequence number
   * means messages were lost, and those are fetched from the log.
   */
  async receive(seq: number | undefined, tags: string[]): Promise<CatchUpResult | null> {
    this.deps.expire(tags);
    if (seq === undefined) return null;
    let applied = await this.applied();
    if (applied !== null && seq > applied + 1) {
      // Workers sharing a cache share their position too: another may have applied the messages
      // between (server/revalidation/process-change-feed.ts). Read it again before calling this a gap.
      this.seq = undefined;
      applied = await this.applied();
    }
    if (applied !== null && seq === applied + 1) {
      await this.remember(seq);
      return null;
    }
    // A repeat or a late retry (seq ≤ applied) changes nothing more; anything else is a gap (or a
    // first message, before any catch-up): ask the log.
    if (applied !== null && seq <= applied) return null;
    return this.catchUp('out-of-sequence');
  }
}
