import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PURGE_KEYS_HEADER, PURGE_TOKEN_HEADER, purgeBatches, purgeEdges } from './purge';

const TOKEN = 't'.repeat(40);
let servers: Server[] = [];

/** A stand-in edge on a loopback port: answers as the VCL does, recording each request. */
async function edge(answer: (request: IncomingMessage) => { status: number; purged?: number }) {
  const seen: { method: string; keys: string; token: string }[] = [];
  const server = createServer((request, response) => {
    seen.push({
      method: request.method ?? '',
      keys: String(request.headers[PURGE_KEYS_HEADER] ?? ''),
      token: String(request.headers[PURGE_TOKEN_HEADER] ?? ''),
    });
    const { status, purged } = answer(request);
    response.writeHead(status, purged === undefined ? {} : { 'x-purged': String(purged) }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

describe('purgeEdges', () => {
  it('sends one PURGE with the keys and the token to every edge, and reports what each dropped', async () => {
    const a = await edge(() => ({ status: 200, purged: 3 }));
    const b = await edge(() => ({ status: 200, purged: 1 }));
    const results = await purgeEdges(['post:12', 'posts', 'post:12'], { urls: [a.url, b.url], token: TOKEN });
    expect(results).toEqual([
      { url: a.url, status: 200, purged: 3 },
      { url: b.url, status: 200, purged: 1 },
    ]);
    for (const { seen } of [a, b]) {
      expect(seen).toEqual([{ method: 'PURGE', keys: 'post:12 posts', token: TOKEN }]);
    }
  });

  it('reports an edge that refuses or cannot be reached, and still purges the others', async () => {
    const refusing = await edge(() => ({ status: 405 }));
    const fine = await edge(() => ({ status: 200, purged: 2 }));
    const results = await purgeEdges(['site'], {
      urls: [refusing.url, 'http://127.0.0.1:9', fine.url],
      token: TOKEN,
      timeoutMs: 1_000,
    });
    expect(results[0]).toEqual({ url: refusing.url, status: 405, purged: null, error: 'refused (405)' });
    expect(results[1]).toMatchObject({ url: 'http://127.0.0.1:9', status: null, purged: null });
    expect(results[1]?.error).toBeTruthy();
    expect(results[2]).toEqual({ url: fine.url, status: 200, purged: 2 });
  });

  it('sends nothing without edges, without a token, or with only tags no page could carry', async () => {
    const a = await edge(() => ({ status: 200, purged: 0 }));
    expect(await purgeEdges(['site'], { urls: [], token: TOKEN })).toEqual([]);
    expect(await purgeEdges(['site'], { urls: [a.url], token: null })).toEqual([]);
    expect(await purgeEdges(['a b', 'x\r\ny'], { urls: [a.url], token: TOKEN })).toEqual([]);
    expect(a.seen).toEqual([]);
  });
});

describe('purgeBatches', () => {
  it('splits a long list so no header passes 4 KiB, losing none', () => {
    const tags = Array.from({ length: 1_000 }, (_, i) => `post:${i}`);
    const batches = purgeBatches(tags);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.join(' ').length).toBeLessThanOrEqual(4_096);
    expect(batches.flat().sort()).toEqual([...tags].sort());
  });
});
