import { describe, expect, it } from 'vitest';
import { NotFoundError, UpstreamError } from '@/lib/wordpress/errors';
import type { ChangesPage } from '@/lib/wordpress/change-log';
import { tags as cacheTags } from '@/lib/wordpress/tags';
import { ChangeFeed, type ChangeFeedDeps } from './change-feed';

const ALL_TAG = cacheTags.all;

/** A plugin change log in memory (seq → tags), as the plugin's endpoint answers it. */
function pluginLog(changes: string[][], { oldest = 1, pageSize = 500 } = {}) {
  const log = changes.map((tags, i) => ({ seq: i + 1, event: 'test', tags }));
  return async (since: number | null): Promise<ChangesPage> => {
    const latest = log.length;
    const complete = since !== null && since <= latest && since >= oldest - 1;
    const after = complete ? log.filter((c) => c.seq > since && c.seq >= oldest).slice(0, pageSize) : [];
    return { latest, complete, changes: after };
  };
}

function feed(overrides: Partial<ChangeFeedDeps> & { seq?: number | null } = {}) {
  const expired: string[][] = [];
  const logged: { level: string; fields: Record<string, unknown> }[] = [];
  const saved: number[] = [];
  const deps: ChangeFeedDeps = {
    pluginConfigured: true,
    fetchSince: pluginLog([]),
    readSeq: async () => overrides.seq ?? null,
    writeSeq: async (seq) => void saved.push(seq),
    expire: (tags) => void expired.push(tags),
    log: (level, fields) => void logged.push({ level, fields }),
    ...overrides,
  };
  return { feed: new ChangeFeed(deps), expired, logged, saved };
}

describe('the change feed', () => {
  it('at start-up expires exactly what changed after the sequence it applied last', async () => {
    const {
      feed: f,
      expired,
      saved,
    } = feed({
      seq: 2,
      fetchSince: pluginLog([['post:1'], ['post:2'], ['post:3', 'posts'], ['site']]),
    });
    expect(await f.catchUp('start-up')).toEqual({
      kind: 'applied',
      seq: 4,
      tags: ['post:3', 'posts', 'site'],
    });
    expect(expired).toEqual([['post:3', 'posts', 'site']]);
    expect(saved).toEqual([4]);
  });

  it('expires nothing when nothing was missed', async () => {
    const { feed: f, expired, saved } = feed({ seq: 2, fetchSince: pluginLog([['a'], ['b']]) });
    expect(await f.catchUp('periodic')).toEqual({ kind: 'applied', seq: 2, tags: [] });
    expect(expired).toEqual([]);
    expect(saved).toEqual([2]);
  });

  it('reads the log page by page', async () => {
    const changes = Array.from({ length: 7 }, (_, i) => [`post:${i + 1}`]);
    const { feed: f, expired } = feed({ seq: 0, fetchSince: pluginLog(changes, { pageSize: 3 }) });
    expect(await f.catchUp('start-up')).toMatchObject({ kind: 'applied', seq: 7 });
    expect(expired[0]).toHaveLength(7);
  });

  it('expires everything when it knows no sequence yet, then remembers the latest', async () => {
    const {
      feed: f,
      expired,
      saved,
      logged,
    } = feed({ seq: null, fetchSince: pluginLog([['a'], ['b'], ['c']]) });
    expect(await f.catchUp('start-up')).toEqual({ kind: 'everything', why: 'log-incomplete' });
    expect(logged[0]).toMatchObject({
      level: 'info',
      fields: { message: expect.stringMatching(/^no position/) },
    });
    expect(expired).toEqual([[ALL_TAG]]);
    expect(saved).toEqual([3]);
  });

  it('expires everything when it fell further behind than the log reaches', async () => {
    const { feed: f, expired } = feed({
      seq: 1,
      fetchSince: pluginLog([['a'], ['b'], ['c'], ['d']], { oldest: 3 }),
    });
    expect(await f.catchUp('start-up')).toEqual({ kind: 'everything', why: 'log-incomplete' });
    expect(expired).toEqual([[ALL_TAG]]);
  });

  it('expires everything when the log is behind it (WordPress restored from a backup)', async () => {
    const { feed: f, expired, saved, logged } = feed({ seq: 40, fetchSince: pluginLog([['a'], ['b']]) });
    expect(await f.catchUp('start-up')).toEqual({ kind: 'everything', why: 'log-incomplete' });
    expect(expired).toEqual([[ALL_TAG]]);
    expect(saved).toEqual([2]);
    expect(logged[0]?.fields.message).toMatch(/behind this server \(at 40\)/);
  });

  it('without the plugin, expires everything once per process and says so once', async () => {
    const { feed: f, expired, logged } = feed({ pluginConfigured: false });
    await f.catchUp('start-up');
    await f.catchUp('periodic');
    expect(expired).toEqual([[ALL_TAG]]);
    expect(logged.filter((l) => String(l.fields.message).includes('treated as stale'))).toHaveLength(1);
  });

  it('a plugin without the change log (404) counts as no plugin', async () => {
    const { feed: f, expired } = feed({
      fetchSince: async () => {
        throw new NotFoundError('the change log');
      },
    });
    expect(await f.catchUp('start-up')).toEqual({ kind: 'everything', why: 'no-plugin' });
    expect(expired).toEqual([[ALL_TAG]]);
  });

  it('WordPress failing: nothing expired, nothing remembered, a warning', async () => {
    const {
      feed: f,
      expired,
      saved,
      logged,
    } = feed({
      seq: 3,
      fetchSince: async () => {
        throw new UpstreamError('/pressfront/v1/changes', null, 'unreachable');
      },
    });
    expect(await f.catchUp('after-failure')).toMatchObject({ kind: 'failed' });
    expect(expired).toEqual([]);
    expect(saved).toEqual([]);
    expect(logged[0]?.level).toBe('warn');
  });

  it('concurrent catch-ups share one request', async () => {
    let asked = 0;
    const log = pluginLog([['a']]);
    const { feed: f } = feed({
      seq: 0,
      fetchSince: async (since) => {
        asked++;
        return log(since);
      },
    });
    await Promise.all([f.catchUp('start-up'), f.catchUp('start-up'), f.catchUp('periodic')]);
    expect(asked).toBe(1);
  });

  describe('messages', () => {
    it('the next in sequence is applied and remembered', async () => {
      const { feed: f, expired, saved } = feed({ seq: 4 });
      expect(await f.receive(5, ['post:9'])).toBeNull();
      expect(expired).toEqual([['post:9']]);
      expect(saved).toEqual([5]);
    });

    it('after a gap, what was missed is fetched from the log', async () => {
      const {
        feed: f,
        expired,
        saved,
      } = feed({
        seq: 1,
        fetchSince: pluginLog([['post:1'], ['menu:primary'], ['site'], ['post:4']]),
      });
      expect(await f.receive(4, ['post:4'])).toMatchObject({ kind: 'applied', seq: 4 });
      expect(expired).toEqual([['post:4'], ['menu:primary', 'site', 'post:4']]);
      expect(saved).toEqual([4]);
    });

    it('no gap when another worker sharing the cache applied the messages between', async () => {
      // The shared position (Redis) moved to 6 while this worker last read 4.
      let position = 4;
      const fetched: (number | null)[] = [];
      const {
        feed: f,
        expired,
        saved,
      } = feed({
        readSeq: async () => position,
        fetchSince: async (since) => {
          fetched.push(since);
          return { latest: 7, complete: true, changes: [] };
        },
      });
      expect(await f.receive(5, ['post:5'])).toBeNull();
      position = 6;
      expect(await f.receive(7, ['post:7'])).toBeNull();
      expect(fetched).toEqual([]);
      expect(expired).toEqual([['post:5'], ['post:7']]);
      expect(saved).toEqual([5, 7]);
    });

    it('a repeat (the plugin retrying) is applied again but moves nothing back', async () => {
      const { feed: f, expired, saved } = feed({ seq: 9 });
      expect(await f.receive(7, ['post:7'])).toBeNull();
      expect(expired).toEqual([['post:7']]);
      expect(saved).toEqual([]);
    });

    it('a message without a sequence (an older plugin) is applied as it is', async () => {
      const { feed: f, expired, saved } = feed({ seq: 9 });
      expect(await f.receive(undefined, ['posts'])).toBeNull();
      expect(expired).toEqual([['posts']]);
      expect(saved).toEqual([]);
    });
  });
});
