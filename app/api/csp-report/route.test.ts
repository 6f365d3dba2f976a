import { afterEach, describe, expect, it, vi } from 'vitest';

// The reader limit counts in this process (no Redis configured).
vi.stubEnv('WORDPRESS_URL', 'http://wp.test');
const logged: unknown[][] = [];
vi.mock('@/lib/log', () => ({ log: (...args: unknown[]) => logged.push(args) }));
afterEach(() => {
  logged.length = 0;
});

const report = (body: string) =>
  new Request('http://site.test/api/csp-report/', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/csp-report' },
  });

describe('POST /api/csp-report', async () => {
  const { POST } = await import('./route');

  it('logs what the browser refused, a line per report, fields cut short', async () => {
    const answer = await POST(
      report(
        JSON.stringify({
          'csp-report': {
            'document-uri': 'http://site.test/a-post/',
            'effective-directive': 'script-src-elem',
            'blocked-uri': 'inline',
            'script-sample': 'x'.repeat(1000),
          },
        }),
      ),
    );
    expect(answer.status).toBe(204);
    expect(logged).toEqual([
      [
        'warn',
        'csp',
        expect.objectContaining({
          directive: 'script-src-elem',
          blocked: 'inline',
          document: 'http://site.test/a-post/',
          sample: 'x'.repeat(300),
        }),
      ],
    ]);
  });

  it('logs twenty a minute per reader at most; another reader’s still count', async () => {
    const from = (address: string) => {
      const asked = report(JSON.stringify({ 'csp-report': { 'effective-directive': 'script-src-elem' } }));
      asked.headers.set('x-forwarded-for', address);
      return asked;
    };
    for (let i = 0; i < 25; i++) expect((await POST(from('203.0.113.50'))).status).toBe(204);
    expect(logged).toHaveLength(20);
    await POST(from('198.51.100.50'));
    expect(logged).toHaveLength(21);
  });

  it('anything else is ignored, and answered the same', async () => {
    for (const body of ['not json', '{}', 'x'.repeat(20_000)])
      expect((await POST(report(body))).status).toBe(204);
    expect(logged).toEqual([]);
  });
});
