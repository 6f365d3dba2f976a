import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// backend/wp.sh's choice of backend, as its other commands see it (`which`).
let state: string;
beforeEach(() => {
  state = mkdtempSync(path.join(tmpdir(), 'pressfront-wp-choice-'));
});
afterEach(() => rmSync(state, { recursive: true, force: true }));

function wp(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync('bash', [path.join(__dirname, 'wp.sh'), ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PRESSFRONT_WORDPRESS: '',
      ...env,
      PRESSFRONT_STATE_DIR: state,
      PRESSFRONT_NODE_READY: '1',
    },
  });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

describe('backend/wp.sh picks a backend', () => {
  it('takes the one PRESSFRONT_WORDPRESS asks for', () => {
    expect(wp({ PRESSFRONT_WORDPRESS: 'playground' }, 'which').stdout).toBe('playground');
    expect(wp({ PRESSFRONT_WORDPRESS: 'native' }, 'which').stdout).toBe('native');
  });

  it('refuses another name in one line', () => {
    expect(wp({ PRESSFRONT_WORDPRESS: 'docker' }, 'which')).toMatchObject({
      status: 1,
      stderr: '[wp] error: PRESSFRONT_WORDPRESS must be native or playground, not docker',
    });
  });

  it('unasked, speaks to the backend last brought up', () => {
    writeFileSync(path.join(state, 'wordpress-backend'), 'playground\n');
    expect(wp({}, 'which').stdout).toBe('playground');
  });

  it('answers env and status for Playground without starting anything', () => {
    const env = wp({ PRESSFRONT_WORDPRESS: 'playground', PRESSFRONT_WP_PORT: '8999' }, 'env');
    expect(env.stdout.split('\n')).toEqual([
      'WORDPRESS_URL=http://127.0.0.1:8999',
      'PRESSFRONT_WORDPRESS=playground',
      `PRESSFRONT_WP_STATE=${path.join(state, 'playground')}`,
    ]);
    expect(wp({ PRESSFRONT_WORDPRESS: 'playground' }, 'status').stdout).toContain('wordpress: stopped');
    expect(wp({ PRESSFRONT_WORDPRESS: 'playground' }, 'down').status).toBe(0);
  });
});
