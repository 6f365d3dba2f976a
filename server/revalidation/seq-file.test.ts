import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeq, writeSeq } from './seq-file';

let dir: string;
const WP = 'http://127.0.0.1:8790';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pressfront-seq-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the applied sequence number on disk', () => {
  it('reads back what was written, in a folder it makes', async () => {
    const file = path.join(dir, 'pressfront', 'change-seq-3000.json');
    expect(await readSeq(file, WP)).toBeNull();
    await writeSeq(file, 41, WP);
    await writeSeq(file, 42, WP);
    expect(await readSeq(file, WP)).toBe(42);
  });

  it('means nothing for another WordPress', async () => {
    const file = path.join(dir, 'seq.json');
    await writeSeq(file, 42, WP);
    expect(await readSeq(file, 'https://another.example')).toBeNull();
  });

  it('a damaged file is no position, not a crash', async () => {
    const file = path.join(dir, 'seq.json');
    for (const content of ['{', 'null', '{"seq":-1,"wordpress":"x"}', `{"seq":"7","wordpress":"${WP}"}`]) {
      writeFileSync(file, content);
      expect(await readSeq(file, WP), content).toBeNull();
    }
  });
});
