import { z } from 'zod';

// What the companion plugin may ask to revalidate: only tags of the shapes the data layer uses
// (lib/wordpress/tags.ts), so a request can never touch a cache entry we did not name.

export const MAX_BODY_BYTES = 16 * 1024;
const MAX_TAGS = 200;

const TAG_SHAPES = [
  /^(wordpress|site|posts|pages|terms|authors|media|design|navigation|content-model|widgets)$/,
  /^(post|page|term|author|comments):\d{1,12}$/,
  /^(post-slug|page-slug):[\p{L}\p{N}%_.~-]{1,200}$/u,
  /^menu:[a-z0-9_-]{1,64}$/,
  /^type:[a-z0-9_-]{1,32}$/,
];

export const isKnownTag = (tag: string) => TAG_SHAPES.some((shape) => shape.test(tag));

const payload = z.object({
  tags: z
    .array(z.string().refine(isKnownTag, { error: 'unknown tag shape' }))
    .min(1)
    .max(MAX_TAGS),
  /** What happened in WordPress, for the log ("post.updated"). */
  event: z.string().max(64).optional(),
  /** The plugin's change-log sequence number: a gap before it means messages were missed. */
  seq: z.number().int().positive().optional(),
});

export type RevalidatePayload = z.infer<typeof payload>;

/** The request body as a payload, or the first thing wrong with it. */
export function parsePayload(
  body: string,
): { ok: true; payload: RevalidatePayload } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, payload: { ...parsed.data, tags: [...new Set(parsed.data.tags)] } };
}
