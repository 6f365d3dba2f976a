import { execFileSync } from 'node:child_process';

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx/3xx answers plus socket errors. */
  errors: number;
}

/** One bounded wrk run (one thread, on the core given), parsed. */
export function wrk(
  url: string,
  {
    connections,
    seconds,
    core,
    headers = {},
  }: { connections: number; seconds: number; core: number; headers?: Record<string, string> },
): LoadFigures {
  const out = execFileSync(
    'taskset',
    [
      '-c',
      String(core),
      'wrk',
      '-t1',
      `-c${connections}`,
      `-d${seconds}s`,
      '--latency',
      '--timeout',
      '10s',
      ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
      url,
    ],
    { encoding: 'utf8' },
  );
  return parseWrk(out);
}

export function parseWrk(out: string): LoadFigures {
  const number = (pattern: RegExp) => Number(pattern.exec(out)?.[1] ?? 'NaN');
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: latency(out, '50%'),
    p99Ms: latency(out, '99%'),
    requests: number(/(\d+) requests in/),
    errors: (Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) || 0) + socketErrors,
  };
}

function latency(out: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
}
