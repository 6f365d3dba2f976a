// What `backend/wp.sh env` prints — `NAME=value` lines, the credentials as `NAME='value'` — read
// back into an environment. The one reader of that format, for the backends' own scripts, the bench,
// the e2e helpers and Playwright's configuration.

const LINE = /^([A-Z][A-Z0-9_]*)=(?:'([^']*)'|([^']*))$/;

/** The variables in `text`, one per `NAME=value` or `NAME='value'` line; other lines are skipped. */
export function readEnvLines(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = LINE.exec(line.trim());
    if (match) variables[match[1] as string] = match[2] ?? match[3] ?? '';
  }
  return variables;
}
