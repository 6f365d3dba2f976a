import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

// The companion plugin's webhook to several frontends, each answering after ANSWER_MS (a frontend
// that revalidates and purges its edge before it answers): one after the other through the
// WordPress HTTP API, and at once as the plugin sends it (backend/plugin: Delivery). The PHP side
// is bench/php/webhook-delivery.php, in the local WordPress with the plugin active.
const ANSWER_MS = 100;

export interface DeliveryTimes {
  frontends: number;
  sequentialMs: number;
  parallelMs: number;
}

export async function benchWebhookDelivery(counts = [1, 2, 4, 8], rounds = 5): Promise<DeliveryTimes[]> {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () =>
      setTimeout(() => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('{"revalidated":["posts"]}');
      }, ANSWER_MS),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const root = path.join(__dirname, '..');
    const docroot = path.join(
      process.env.PRESSFRONT_STATE_DIR ?? path.join(root, '.pressfront'),
      'wordpress',
    );
    // Asynchronously: this process's server answers while PHP waits on it.
    const { stdout } = await promisify(execFile)('php', [
      path.join(__dirname, 'php', 'webhook-delivery.php'),
      docroot,
      process.env.WORDPRESS_URL ?? 'http://127.0.0.1:8790',
      `http://localhost:${(server.address() as AddressInfo).port}`,
      counts.join(','),
      String(rounds),
    ]);
    const times = JSON.parse(stdout) as Record<string, { sequential_ms: number; parallel_ms: number }>;
    return Object.entries(times).map(([n, t]) => ({
      frontends: Number(n),
      sequentialMs: t.sequential_ms,
      parallelMs: t.parallel_ms,
    }));
  } finally {
    server.close();
  }
}
