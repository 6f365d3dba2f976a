import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommentOutcome, NewComment } from '@/lib/wordpress';
import type { FormAnswer } from '@/lib/comments/form-answer';

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'news.example.com', 'x-forwarded-proto': 'https' }),
}));
const sent: NewComment[] = [];
let outcome: () => Promise<CommentOutcome> = async () => ({ kind: 'approved', id: 41 });
vi.mock('@/lib/wordpress', async (original) => ({
  ...(await original<typeof import('@/lib/wordpress')>()),
  submitComment: (comment: NewComment) => {
    sent.push(comment);
    return outcome();
  },
}));
const expired: string[][] = [];
vi.mock('@/server/revalidation/process-change-feed', () => ({
  expireTags: (tags: string[]) => expired.push(tags),
}));
// The in-place answer is a render of the post through this same server: here, what it was asked.
const inPlace: { path: string; answer: FormAnswer; status: number }[] = [];
vi.mock('@/server/forms/answers', () => ({
  answerInPlace: async (_request: Request, path: string, answer: FormAnswer, status: number) => {
    inPlace.push({ path, answer, status });
    return new Response('<html>the post</html>', { status, headers: { 'content-type': 'text/html' } });
  },
}));
vi.mock('@/app/_theme/request-theme', async () => {
  const { translator } = await import('@/lib/i18n/translate');
  return { getRequestTheme: async () => ({ t: translator('en-US') }) };
});

beforeAll(() => vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790'));
beforeEach(() => {
  sent.length = 0;
  expired.length = 0;
  inPlace.length = 0;
  outcome = async () => ({ kind: 'approved', id: 41 });
});

let reader = 0;
const post = (fields: Record<string, string>, { json = true } = {}) => {
  reader += 1;
  return new Request('https://news.example.com/api/comments/', {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(json ? { accept: 'application/json' } : {}),
      // Each test its own reader to the per-address limit.
      'x-forwarded-for': `203.0.113.${reader}`,
      'user-agent': 'Test browser',
    },
  });
};
const comment = {
  post: '12',
  return: '/2026/river-plan/',
  parent: '0',
  content: 'A fine plan.',
  name: 'Ana',
  email: 'ana@example.test',
  url: '',
};

describe('POST /api/comments', async () => {
  const { POST } = await import('./route');

  it('201 for a comment WordPress publishes, sent with the reader’s address; the post’s comments expire', async () => {
    const response = await POST(post(comment));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      status: 'approved',
      message: expect.stringMatching(/published/),
    });
    expect(sent).toEqual([
      expect.objectContaining({
        postId: 12,
        authorName: 'Ana',
        authorIp: `203.0.113.${reader}`,
        userAgent: 'Test browser',
      }),
    ]);
    expect(expired).toEqual([['comments:12']]);
  });

  it('without JavaScript, a comment taken is a 303 to the post at its message', async () => {
    outcome = async () => ({ kind: 'held', id: 42 });
    const response = await POST(post(comment, { json: false }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://news.example.com/2026/river-plan/#comment-held');
    expect(expired).toEqual([]);
  });

  it('a refusal keeps everything typed and says why, with its own status', async () => {
    outcome = async () => ({ kind: 'refused', reason: 'duplicate' });
    const response = await POST(post(comment));
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      status: 'error',
      message: 'It looks as though you have already said that.',
      values: { content: 'A fine plan.', name: 'Ana', email: 'ana@example.test' },
    });
  });

  it('without JavaScript, a form that does not pass is answered in place, on the post, with what was typed', async () => {
    const response = await POST(post({ ...comment, email: 'nope' }, { json: false }));
    expect(response.status).toBe(400);
    expect(sent).toEqual([]);
    expect(inPlace).toEqual([
      {
        path: '/2026/river-plan/',
        status: 400,
        answer: {
          form: 'comment',
          postId: 12,
          state: expect.objectContaining({
            status: 'error',
            fieldErrors: { email: expect.stringMatching(/email address/) },
            values: expect.objectContaining({ email: 'nope', content: 'A fine plan.' }),
          }),
        },
      },
    ]);
  });

  it('the page answered in place is only ever one of this site’s', async () => {
    await POST(post({ ...comment, content: '', return: '//evil.example/' }, { json: false }));
    expect(inPlace[0]?.path).toBe('/');
  });

  it('400 for a form that names no post; bots filling the hidden field are told “held” and nothing is sent', async () => {
    expect((await POST(post({ ...comment, post: '' }))).status).toBe(400);
    expect((await POST(post({ ...comment, post: '-3' }))).status).toBe(400);
    const bot = await POST(post({ ...comment, website_confirm: 'http://spam.example/' }));
    expect(bot.status).toBe(202);
    expect(sent).toEqual([]);
  });

  it('503 when WordPress cannot be reached, with everything typed', async () => {
    const { UpstreamError } = await import('@/lib/wordpress');
    outcome = () => Promise.reject(new UpstreamError('/wp/v2/comments', 502, 'down'));
    const response = await POST(post(comment));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ values: { content: 'A fine plan.' } });
  });
});
