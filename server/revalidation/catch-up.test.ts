import { beforeEach, describe, expect, it } from 'vitest';
import { forgetProcessSingleton } from '@/lib/util/process-singleton.cjs';
import { noteWordPressFailure } from '@/lib/wordpress/health';
import { catchUpDue, readersWait, runCatchUp } from './catch-up';

// The state lives on globalThis (the proxy and the routes share it): each test starts anew.
beforeEach(() => {
  forgetProcessSingleton('catch-up');
  forgetProcessSingleton('wordpress.health');
});

describe('when the proxy asks for a catch-up', () => {
  it('at start-up, and readers wait for that first one', () => {
    expect(catchUpDue(1_000)).toBe('start-up');
    expect(readersWait('start-up')).toBe(true);
    expect(readersWait('periodic')).toBe(false);
  });

  it('not again until WordPress fails or five minutes pass', async () => {
    await runCatchUp(
      async () => true,
      () => 1_000,
    );
    expect(catchUpDue(2_000)).toBeNull();
    expect(catchUpDue(1_000 + 5 * 60_000 + 1)).toBe('periodic');
    noteWordPressFailure(3_000);
    expect(catchUpDue(3_001)).toBe('after-failure');
  });

  it('after a failed attempt: not for five seconds, and readers no longer wait', async () => {
    await runCatchUp(
      async () => false,
      () => 1_000,
    );
    expect(catchUpDue(2_000)).toBeNull();
    expect(catchUpDue(6_001)).toBe('start-up');
    expect(readersWait('start-up')).toBe(false);
    await runCatchUp(
      async () => {
        throw new Error('connection refused');
      },
      () => 7_000,
    );
    expect(catchUpDue(8_000)).toBeNull();
  });

  it('one request at a time', async () => {
    let asked = 0;
    let finish: (ok: boolean) => void = () => {};
    const ask = () => {
      asked++;
      return new Promise<boolean>((resolve) => (finish = resolve));
    };
    const first = runCatchUp(ask);
    const second = runCatchUp(ask);
    finish(true);
    await Promise.all([first, second]);
    expect(asked).toBe(1);
    expect(catchUpDue()).toBeNull();
  });
});
