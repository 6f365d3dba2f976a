import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '@/lib/signing';
import { postSignUpToWebhook, WebhookError } from './webhook';

// A real HTTP server on loopback stands in for the newsletter service.
let server: http.Server;
let url = '';
let answer: { status: number; headers?: Record<string, string> } = { status: 200 };
const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer.status, answer.headers);
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const signUp = {
  email: 'reader@example.com',
  consentText: 'Send me new stories.',
  sourcePost: 7,
  frontendUrl: 'https://news.example.com',
  ip: '203.0.113.9',
};
const options = { secret: 'a-secret-that-is-long-enough-0123456789', timeoutMs: 2000 };

describe('postSignUpToWebhook', () => {
  it('POSTs the sign-up as signed JSON, without the reader’s address', async () => {
    answer = { status: 202 };
    expect(await postSignUpToWebhook(url, signUp, options)).toEqual({ kind: 'accepted' });
    const last = received.at(-1)!;
    const body = JSON.parse(last.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      event: 'subscriber.signed_up',
      email: 'reader@example.com',
      consentText: 'Send me new stories.',
      sourcePost: 7,
      site: 'https://news.example.com',
    });
    expect(last.body).not.toContain('203.0.113.9');
    const timestamp = Number(last.headers['x-pressfront-timestamp']);
    expect(last.headers['x-pressfront-signature']).toBe(
      signRequest('subscribers', last.body, timestamp, options.secret),
    );
  });

  it('maps the service’s refusals; anything else is an error to retry later', async () => {
    answer = { status: 429, headers: { 'Retry-After': '120' } };
    expect(await postSignUpToWebhook(url, signUp, options)).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 120,
    });
    answer = { status: 422 };
    expect(await postSignUpToWebhook(url, signUp, options)).toEqual({ kind: 'invalid-email' });
    answer = { status: 500 };
    await expect(postSignUpToWebhook(url, signUp, options)).rejects.toThrow(WebhookError);
    await expect(postSignUpToWebhook('http://127.0.0.1:9/hook', signUp, options)).rejects.toThrow(
      /unreachable/,
    );
  });

  it('sends no signature headers when no secret is set', async () => {
    answer = { status: 200 };
    await postSignUpToWebhook(url, signUp, { ...options, secret: null });
    expect(received.at(-1)!.headers['x-pressfront-signature']).toBeUndefined();
  });
});
