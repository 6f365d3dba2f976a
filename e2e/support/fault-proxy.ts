import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Ways a WordPress can fail, as the frontend sees them. */
export type Fault = 'none' | 'down' | 'status-500' | 'html' | 'truncated-json' | 'slow';

export interface FaultProxy {
  url: string;
  setFault: (fault: Fault) => void;
  /** The addresses (path and query) of the requests that met the fault set last, in order. */
  faulted: () => string[];
  stop: () => Promise<void>;
}

/**
 * A proxy between a frontend and the real local WordPress that can be told to fail: refuse the
 * connection, answer 500, answer an HTML error page, cut the JSON in half, or answer too late.
 */
export async function startFaultProxy(target: string, slowMs = 3_000): Promise<FaultProxy> {
  let fault: Fault = 'none';
  let faulted: string[] = [];
  const forward = (req: http.IncomingMessage, onAnswer: (answer: http.IncomingMessage) => void) => {
    const upstream = http.request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      onAnswer,
    );
    // A frontend that gave up (its timeout) closes the request: not an error of the proxy's.
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
    return upstream;
  };
  const server = http.createServer((req, res) => {
    if (fault !== 'none') faulted.push(req.url ?? '/');
    switch (fault) {
      case 'down':
        req.socket.destroy();
        return;
      case 'status-500':
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end('{"code":"internal_server_error","message":"There has been a critical error."}');
        return;
      case 'html':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<!DOCTYPE html><html><body><h1>Error establishing a database connection</h1></body></html>');
        return;
      case 'truncated-json':
        forward(req, (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () => {
            const body = Buffer.concat(chunks);
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(body.subarray(0, Math.floor(body.length / 2)));
          });
        });
        return;
      case 'slow':
        setTimeout(() => {
          if (res.destroyed) return;
          forward(req, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          });
        }, slowMs);
        return;
      case 'none':
        forward(req, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setFault: (next) => {
      fault = next;
      faulted = [];
    },
    faulted: () => [...faulted],
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
