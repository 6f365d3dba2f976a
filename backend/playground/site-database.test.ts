import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutOf, type Layout } from './layout';
import { hasSnapshot, isSound, restoreSnapshot, takeSnapshot } from './site-database';

// A site database shaped as the SQLite integration plugin leaves one (the tables these functions
// read), in a throwaway state folder.
let layout: Layout;

function createSite(): void {
  mkdirSync(path.dirname(layout.database), { recursive: true });
  mkdirSync(layout.uploads, { recursive: true });
  const db = new DatabaseSync(layout.database);
  db.exec(`CREATE TABLE wp_options (option_name TEXT PRIMARY KEY, option_value TEXT);
    CREATE TABLE wp_pressfront_changes (seq INTEGER PRIMARY KEY, created_at TEXT, event TEXT, tags TEXT);
    INSERT INTO wp_options VALUES ('blogname', 'Pressfront Daily');
    INSERT INTO wp_pressfront_changes VALUES (1, '2026-12-07 10:00:00', 'post.published', '["posts"]');`);
  db.close();
  writeFileSync(path.join(layout.uploads, 'harbour.jpg'), 'seeded');
}

const query = <T>(sql: string): T[] => {
  const db = new DatabaseSync(layout.database, { readOnly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};

beforeEach(() => {
  layout = layoutOf({ PRESSFRONT_STATE_DIR: mkdtempSync(path.join(tmpdir(), 'pressfront-playground-')) });
  createSite();
});
afterEach(() => rmSync(layout.state, { recursive: true, force: true }));

describe('the Playground site snapshot', () => {
  it('restores the database and uploads as they were, the change log going on past every number given', () => {
    takeSnapshot(layout);
    expect(hasSnapshot(layout)).toBe(true);
    const db = new DatabaseSync(layout.database);
    db.exec(`UPDATE wp_options SET option_value = 'Edited' WHERE option_name = 'blogname';
      INSERT INTO wp_pressfront_changes VALUES (7, '2026-12-07 11:00:00', 'post.updated', '["posts"]');`);
    db.close();
    writeFileSync(path.join(layout.uploads, 'later.jpg'), 'uploaded after');
    rmSync(path.join(layout.uploads, 'harbour.jpg'));

    restoreSnapshot(layout);

    expect(query<{ option_value: string }>('SELECT option_value FROM wp_options')).toEqual([
      { option_value: 'Pressfront Daily' },
    ]);
    // 7 was given before the restore: the next number is 8, and it says everything changed.
    expect(query('SELECT seq, event, tags FROM wp_pressfront_changes ORDER BY seq')).toEqual([
      { seq: 1, event: 'post.published', tags: '["posts"]' },
      { seq: 8, event: 'snapshot.restored', tags: '["wordpress"]' },
    ]);
    expect(readFileSync(path.join(layout.uploads, 'harbour.jpg'), 'utf8')).toBe('seeded');
    expect(existsSync(path.join(layout.uploads, 'later.jpg'))).toBe(false);
  });

  it('restores over a damaged database, numbering on from the snapshot', () => {
    takeSnapshot(layout);
    truncateSync(layout.database, 100);
    expect(isSound(layout.database)).toBe(false);
    restoreSnapshot(layout);
    expect(isSound(layout.database)).toBe(true);
    expect(query<{ seq: number }>('SELECT seq FROM wp_pressfront_changes ORDER BY seq')).toEqual([
      { seq: 1 },
      { seq: 2 },
    ]);
  });

  it('brings back which bridge secret the snapshot holds', () => {
    writeFileSync(layout.bridgeSecretSet, 'secret-at-seed\n');
    takeSnapshot(layout);
    writeFileSync(layout.bridgeSecretSet, 'secret-set-later\n');
    restoreSnapshot(layout);
    expect(readFileSync(layout.bridgeSecretSet, 'utf8')).toBe('secret-at-seed\n');
  });
});

describe('isSound', () => {
  it('is false for a missing file, a file that is not SQLite, and a database that is not WordPress’s', () => {
    expect(isSound(path.join(layout.state, 'none.sqlite'))).toBe(false);
    const text = path.join(layout.state, 'text.sqlite');
    writeFileSync(text, 'not a database');
    expect(isSound(text)).toBe(false);
    const empty = path.join(layout.state, 'empty.sqlite');
    new DatabaseSync(empty).close();
    expect(isSound(empty)).toBe(false);
    expect(isSound(layout.database)).toBe(true);
  });
});
