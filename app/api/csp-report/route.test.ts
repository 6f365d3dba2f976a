import { afterEach, describe, expect, it, vi } from 'vitest';

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

  it('anything else is ignored, and answered the same', async () => {
    for (const body of ['not json', '{}', 'x'.repeat(20_000)])
      expect((await POST(report(body))).status).toBe(204);
    expect(logged).toEqual([]);
  });
});
