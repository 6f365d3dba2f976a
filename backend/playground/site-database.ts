// The Playground site's SQLite database (wp-content/database/.ht.sqlite, the SQLite integration
// plugin's) and its snapshot, handled from Node.js's own SQLite: copies are consistent without
// stopping the server, and a restore replaces the file in one rename, so a request never reads half
// of one.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Layout } from './layout';

const snapshotDatabase = (layout: Layout) => path.join(layout.snapshot, 'site.sqlite');
const snapshotUploads = (layout: Layout) => path.join(layout.snapshot, 'uploads');

/** Whether FILE is a whole SQLite database (a crash mid-write can leave one that is not). */
export function isSound(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      const row = db.prepare('PRAGMA quick_check').get() as { quick_check?: string } | undefined;
      const tables = db
        .prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'wp_options'")
        .get() as {
        n: number;
      };
      return row?.quick_check === 'ok' && tables.n === 1;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export const hasSnapshot = (layout: Layout) =>
  isSound(snapshotDatabase(layout)) && existsSync(snapshotUploads(layout));

/** Keeps the site as it is now (database and uploads) as the snapshot `reset` restores. */
export function takeSnapshot(layout: Layout): void {
  const partial = `${layout.snapshot}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const db = new DatabaseSync(layout.database);
  try {
    // A consistent copy even while WordPress writes (SQLite's own backup, not a file copy).
    db.prepare('VACUUM INTO ?').run(path.join(partial, 'site.sqlite'));
  } finally {
    db.close();
  }
  cpSync(layout.uploads, path.join(partial, 'uploads'), { recursive: true });
  // The bridge secret the database holds, so a restore knows whether to set the machine's again.
  if (existsSync(layout.bridgeSecretSet))
    cpSync(layout.bridgeSecretSet, path.join(partial, 'bridge-secret-set'));
  rmSync(layout.snapshot, { recursive: true, force: true });
  renameSync(partial, layout.snapshot);
}

/** The companion plugin's next change number in the database at FILE (1 when there is none). */
function nextChange(file: string): number {
  if (!isSound(file)) return 1;
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const row = db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM wp_pressfront_changes').get() as {
      next: number;
    };
    return row.next;
  } catch {
    return 1;
  } finally {
    db.close();
  }
}

/**
 * Puts the snapshot back. The plugin's change log goes back with the database, but a change number
 * must never be given twice (a frontend would take the new ones for changes it already applied):
 * the restored log goes on past the highest number given so far, with one change that says
 * everything changed — as the native backend's restore does.
 */
export function restoreSnapshot(layout: Layout): void {
  const next = nextChange(layout.database);
  const restoring = `${layout.database}.restoring`;
  mkdirSync(path.dirname(layout.database), { recursive: true });
  cpSync(snapshotDatabase(layout), restoring);
  const db = new DatabaseSync(restoring);
  try {
    const restored = db
      .prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM wp_pressfront_changes')
      .get() as { next: number };
    db.prepare(
      `INSERT INTO wp_pressfront_changes (seq, created_at, event, tags)
       VALUES (?, datetime('now'), 'snapshot.restored', '["wordpress"]')`,
    ).run(Math.max(next, restored.next));
  } finally {
    db.close();
  }
  renameSync(restoring, layout.database);
  const uploads = `${layout.uploads}.restoring`;
  rmSync(uploads, { recursive: true, force: true });
  cpSync(snapshotUploads(layout), uploads, { recursive: true });
  rmSync(layout.uploads, { recursive: true, force: true });
  renameSync(uploads, layout.uploads);
  const secret = path.join(layout.snapshot, 'bridge-secret-set');
  if (existsSync(secret)) cpSync(secret, layout.bridgeSecretSet);
  else rmSync(layout.bridgeSecretSet, { force: true });
}

/** Forgets the site: the next start installs and seeds it anew. */
export function dropSite(layout: Layout): void {
  rmSync(layout.database, { force: true });
  rmSync(layout.uploads, { recursive: true, force: true });
  mkdirSync(layout.uploads, { recursive: true });
}
