import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FORM_ANSWER_HEADER, innerRequestHeaders } from '../routing/inner-request';
import { answerInPlace, takeFormAnswer } from './answers';

beforeAll(() => vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790'));
afterEach(() => vi.unstubAllGlobals());

/** Runs answerInPlace with the inner request caught: the id it handed the render, and the request. */
async function handOver(status = 400) {
  let asked: Request | undefined;
  vi.stubGlobal('fetch', async (url: URL, init: RequestInit) => {
    asked = new Request(url, init);
    return new Response('<html>post<script src="/_next/static/chunks/main.js"></script></html>', {
      status: 200,
      headers: { 'content-type': 'text/html' },
    });
  });
  const reader = new Request('http://news.example.com/api/comments/', {
    method: 'POST',
    headers: { cookie: 'pf-postpass-7=x', 'content-type': 'application/x-www-form-urlencoded' },
  });
  const response = await answerInPlace(
    reader,
    '/2026/post/',
    { form: 'password', postId: 7, error: 'Wrong.' },
    status,
  );
  return { response, asked: asked as Request };
}

describe('a form’s answer handed to the page’s render', () => {
  it('renders the page for this reader (their cookies, a GET), under the refusal’s status, never cached', async () => {
    const { response, asked } = await handOver(403);
    expect(response.status).toBe(403);
    // A reader's document, like every reader page.
    expect(await response.text()).toBe('<html>post</html>');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(new URL(asked.url).pathname).toBe('/2026/post/');
    expect(asked.method).toBe('GET');
    expect(asked.headers.get('cookie')).toBe('pf-postpass-7=x');
    expect(asked.headers.has('content-type')).toBe(false);
  });

  it('is taken once, by the id it was handed under; any other id gets nothing', async () => {
    const { asked } = await handOver();
    const id = asked.headers.get(FORM_ANSWER_HEADER);
    expect(takeFormAnswer('not-the-id')).toBeNull();
    expect(takeFormAnswer(null)).toBeNull();
    expect(takeFormAnswer(id)).toEqual({ form: 'password', postId: 7, error: 'Wrong.' });
    expect(takeFormAnswer(id)).toBeNull();
  });

  it('a reader’s own header of that name never reaches a render', () => {
    const reader = new Request('http://news.example.com/a/', { headers: { [FORM_ANSWER_HEADER]: 'guess' } });
    expect(innerRequestHeaders(reader).has(FORM_ANSWER_HEADER)).toBe(false);
  });

  it('is gone after half a minute, taken or not', async () => {
    vi.useFakeTimers();
    try {
      const { asked } = await handOver();
      vi.advanceTimersByTime(31_000);
      expect(takeFormAnswer(asked.headers.get(FORM_ANSWER_HEADER))).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
