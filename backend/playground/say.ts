// The backend's lines on stderr, tagged like the native backend's ("[wp] …"): stdout is for what
// callers read (`env`, `up`'s WORDPRESS_URL).
export function say(line: string): void {
  process.stderr.write(`[wp] ${line}\n`);
}
