import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  url: string;
  /** `METHOD /path` of every request since the last reset. */
  seen: string[];
  /** Bytes of the answers' bodies since the last reset, as WordPress sent them. */
  bytes: () => number;
  /** Milliseconds from each request's arrival to its answer's last byte, summed since the last reset. */
  upstreamMs: () => number;
  reset: () => void;
  close: () => void;
}

/** A loopback proxy in front of WordPress that counts what passes through it. */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const seen: string[] = [];
  let bytes = 0;
  let upstreamMs = 0;
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${(req.url ?? '').split('?')[0]}`);
    const started = performance.now();
    const upstream = http.request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => (bytes += chunk.length));
        answer.on('end', () => (upstreamMs += performance.now() - started));
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    bytes: () => bytes,
    upstreamMs: () => upstreamMs,
    reset: () => {
      seen.length = 0;
      bytes = 0;
      upstreamMs = 0;
    },
    close: () => server.close(),
  };
}
