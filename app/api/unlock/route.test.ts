import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormAnswer } from '@/lib/comments/form-answer';

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'news.example.com', 'x-forwarded-proto': 'https' }),
}));
vi.mock('@/lib/wordpress', async (original) => ({
  ...(await original<typeof import('@/lib/wordpress')>()),
  unlockPost: async (id: number, password: string) =>
    id === 7 && password === 'harbour-light' ? { id, path: '/members-briefing/' } : null,
}));
vi.mock('@/server/routing/request-site', () => ({
  getSiteOrFallback: async () => ({ language: 'pt-PT' }),
}));
const inPlace: { path: string; answer: FormAnswer; status: number }[] = [];
vi.mock('@/server/forms/answers', () => ({
  answerInPlace: async (_request: Request, path: string, answer: FormAnswer, status: number) => {
    inPlace.push({ path, answer, status });
    return new Response('<html>the post</html>', { status });
  },
}));

beforeAll(() => vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790'));
beforeEach(() => {
  inPlace.length = 0;
});

const post = (fields: Record<string, string>, { json = true } = {}) =>
  new Request('https://news.example.com/api/unlock/', {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(json ? { accept: 'application/json' } : {}),
    },
  });

describe('POST /api/unlock', async () => {
  const { POST } = await import('./route');

  it('a right password opens the post and is remembered for this reader only (httpOnly, ten days)', async () => {
    const response = await POST(
      post({ post: '7', post_password: 'harbour-light', return: '/members-briefing/' }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ location: '/members-briefing/' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pf-postpass-7=harbour-light;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Max-Age=864000/);
    expect(cookie).toMatch(/Secure/);
  });

  it('without JavaScript, a right password is a 303 to the post', async () => {
    const response = await POST(post({ post: '7', post_password: 'harbour-light' }, { json: false }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://news.example.com/members-briefing/');
  });

  it('a wrong one is a 403 in the site’s language, and sets nothing', async () => {
    const response = await POST(post({ post: '7', post_password: 'wrong' }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/palavra-passe/i) });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('without JavaScript, a wrong one is answered in place, on the post', async () => {
    const response = await POST(
      post({ post: '7', post_password: '', return: '/members-briefing/' }, { json: false }),
    );
    expect(response.status).toBe(403);
    expect(inPlace).toEqual([
      {
        path: '/members-briefing/',
        status: 403,
        answer: { form: 'password', postId: 7, error: expect.any(String) },
      },
    ]);
  });
});
