// Where the Playground backend keeps everything: its own folder under .pressfront/, beside the
// native backend's, so either can be brought up again without touching the other's site. The mail
// outbox, the demo images and the bridge secret are the machine's, shared by both.
import path from 'node:path';

export type WordPressVersion = '6.1' | '6.8';

export interface Layout {
  root: string;
  /** .pressfront/ (PRESSFRONT_STATE_DIR). */
  state: string;
  /** .pressfront/playground/: this backend's own files. */
  home: string;
  /** The Playground CLI, installed on first use. */
  cli: string;
  /** The WordPress tree Playground serves as /wordpress (its SQLite database inside). */
  docroot: string;
  database: string;
  uploads: string;
  snapshot: string;
  pidFile: string;
  logs: string;
  credentials: string;
  adminPassword: string;
  seeded: string;
  versionFile: string;
  /** The secret last set in this WordPress, so `up` sets it only when the machine's changed. */
  bridgeSecretSet: string;
  mail: string;
  images: string;
  bridgeSecret: string;
  port: number;
  url: string;
  version: WordPressVersion;
}

export function layoutOf(env: Record<string, string | undefined> = process.env): Layout {
  const root = path.resolve(__dirname, '..', '..');
  const state = env.PRESSFRONT_STATE_DIR ?? path.join(root, '.pressfront');
  const home = path.join(state, 'playground');
  const docroot = path.join(home, 'wordpress');
  const port = Number(env.PRESSFRONT_WP_PORT ?? '8790');
  const version = env.PRESSFRONT_WP_VERSION ?? '6.8';
  if (version !== '6.1' && version !== '6.8') {
    throw new BackendError(
      `PRESSFRONT_WP_VERSION must be 6.1 (Debian 12's WordPress) or 6.8 (Debian 13's), not ${version}`,
    );
  }
  return {
    root,
    state,
    home,
    cli: path.join(home, 'cli'),
    docroot,
    database: path.join(docroot, 'wp-content', 'database', '.ht.sqlite'),
    uploads: path.join(docroot, 'wp-content', 'uploads'),
    snapshot: path.join(home, 'snapshot'),
    pidFile: path.join(home, 'run', 'server.pid'),
    logs: path.join(home, 'logs'),
    credentials: path.join(home, 'credentials.env'),
    adminPassword: path.join(home, 'admin-password.txt'),
    seeded: path.join(home, 'seeded'),
    versionFile: path.join(home, 'wordpress-version'),
    bridgeSecretSet: path.join(home, 'bridge-secret-set'),
    mail: path.join(state, 'mail'),
    images: path.join(state, 'images'),
    bridgeSecret: path.join(state, 'bridge-secret'),
    port,
    url: `http://127.0.0.1:${port}`,
    version,
  };
}

/** A failure the backend explains in one line (main.ts prints it and exits 1). */
export class BackendError extends Error {
  override name = 'BackendError';
}
