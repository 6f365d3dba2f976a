import { processSingleton } from './util/process-singleton.cjs';
// The one structured logger: one JSON object a line, `level` and `source` first, so an operator
// can filter by either with grep or any log shipper. Errors and warnings go to stderr.

export type LogLevel = 'info' | 'notice' | 'warn' | 'error';

export function log(level: LogLevel, source: string, fields: Record<string, unknown>): void {
  const line = JSON.stringify({ level, source, ...fields });
  if (level === 'info') console.log(line);
  else if (level === 'error') console.error(line);
  else console.warn(line);
}

// Once per process, not per bundle: the proxy and the routes are bundled apart.

/** A notice said once per server process (a fallback taken, a feature unavailable). */
export function logOnce(key: string, level: LogLevel, source: string, fields: Record<string, unknown>): void {
  const said = processSingleton('log.said-once', () => new Set<string>());
  if (said.has(key)) return;
  said.add(key);
  log(level, source, fields);
}
