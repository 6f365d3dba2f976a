import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isOriginBusy } from '@/lib/wordpress/errors';
import { boundOriginBy, originDispatcher } from '@/lib/wordpress/origin-bound';
import { SharedState } from '../redis/shared-state';
import { OriginGate } from './origin-gate';

// The data layer's dispatcher (lib/wordpress/origin-bound.ts) with the gate, against a real HTTP server standing in for WordPress: it counts the requests it is
// working on, answers each in two parts a moment apart, and is told when to finish.

// Every request to WordPress ends within WORDPRESS_TIMEOUT_MS, whatever signal it was sent with.
vi.stubEnv('WORDPRESS_URL', 'http://wp.test');
vi.stubEnv('WORDPRESS_TIMEOUT_MS', '1500');

let server: http.Server;
let url = '';
/** Answers the server is working on: begun, not finished, not given up on by the client. */
const working = new Set<http.ServerResponse>();
const seen = { most: 0, total: 0 };
/** Answers waiting to be finished, in arrival order. */
const open: (() => void)[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    working.add(response);
    seen.total += 1;
    seen.most = Math.max(seen.most, working.size);
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('first part;');
    response.on('close', () => working.delete(response));
    open.push(() => {
      working.delete(response);
      response.end(`last part of ${request.url}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  boundOriginBy(null);
  Object.assign(seen, { most: 0, total: 0 });
});

const gate = (perWorker: number, queue: number, waitMs = 5_000) =>
  new OriginGate(
    { perWorker, perSite: null, queue, waitMs, leaseMs: 10_000 },
    { state: () => new SharedState(async () => null), key: 'wp' },
  );
const ask = (path: string) =>
  fetch(`${url}${path}`, { dispatcher: originDispatcher() } as RequestInit).then((r) => r.text());

/** Until the server is working on `n` requests (it tells by its own count, not by time). */
async function serverWorkingOn(n: number): Promise<void> {
  while (working.size < n) await new Promise((resolve) => setImmediate(resolve));
}

/** Finishes the oldest answer still open. */
const finishOne = () => open.shift()?.();

describe('requests to WordPress within the bound', () => {
  it('sends no more at once than the gate allows, holding each place until the last byte', async () => {
    const origin = gate(2, 10);
    boundOriginBy(origin);
    const answers = [ask('/a'), ask('/b'), ask('/c'), ask('/d')];
    await serverWorkingOn(2);
    // Two answers begun, their first parts read: still busy, and the other two still wait.
    expect(origin.counts).toMatchObject({ active: 2, queued: 2 });
    expect(seen.total).toBe(2);
    finishOne();
    await serverWorkingOn(2);
    expect(seen.total).toBe(3);
    while (open.length > 0 || seen.total < 4) {
      finishOne();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(answers)).toEqual(
      ['/a', '/b', '/c', '/d'].map((p) => `first part;last part of ${p}`),
    );
    expect(seen.most).toBe(2);
    expect(origin.counts).toMatchObject({ active: 0, sent: 4, shed: 0 });
  });

  it('does not send what finds no place: fetch fails with the gate’s OriginBusyError as its cause', async () => {
    const origin = gate(1, 0);
    boundOriginBy(origin);
    const held = ask('/held');
    await serverWorkingOn(1);
    const refused = await ask('/refused').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypeError);
    expect(isOriginBusy((refused as TypeError).cause)).toBe(true);
    expect(seen.total).toBe(1);
    finishOne();
    await held;
    expect(origin.counts).toMatchObject({ active: 0, sent: 1, shed: 1 });
  });

  it('gives the place back when a request fails or is aborted mid-answer', async () => {
    const origin = gate(1, 10);
    boundOriginBy(origin);
    const controller = new AbortController();
    const aborted = fetch(`${url}/aborted`, {
      dispatcher: originDispatcher(),
      signal: controller.signal,
    } as RequestInit);
    await serverWorkingOn(1);
    controller.abort();
    await expect(aborted.then((r) => r.text())).rejects.toThrow();
    // Its place is back: the next request is sent (the server sees its second request).
    const next = ask('/next');
    while (seen.total < 2) await new Promise((resolve) => setImmediate(resolve));
    finishOne(); // the aborted one's: nothing to answer
    finishOne();
    expect(await next).toBe('first part;last part of /next');
    expect(origin.counts.active).toBe(0);
  });

  it('sends at once, unbounded, when no gate is registered', async () => {
    const answers = [ask('/x'), ask('/y'), ask('/z')];
    await serverWorkingOn(3);
    finishOne();
    finishOne();
    finishOne();
    expect(await Promise.all(answers)).toHaveLength(3);
  });

  it('aborts a request WordPress does not finish in time, even one sent without a signal, and frees its place', async () => {
    const origin = gate(1, 10);
    boundOriginBy(origin);
    // As Next.js refreshes a stale answer in the background: no signal of the caller's.
    const hanging = fetch(`${url}/hanging`, { dispatcher: originDispatcher() } as RequestInit).then((r) =>
      r.text(),
    );
    await serverWorkingOn(1);
    await expect(hanging).rejects.toThrow();
    expect(origin.counts.active).toBe(0);
    // Given up on, not finished: nothing left to answer.
    open.shift();
  });
});
