import { z } from 'zod';

const httpUrl = z
  .string({ error: 'is required (the address of your WordPress, e.g. http://127.0.0.1:8790)' })
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    error: 'expected an http(s) URL such as https://example.com',
  })
  .transform((value) => value.replace(/\/+$/, ''));

/** Several values in one variable, separated by spaces or commas (lib/config reads them the same way). */
export const listOf = (value: string): string[] => value.split(/[\s,]+/).filter(Boolean);

/** A list of http(s) URLs, each one `accepted`. */
const httpUrls = (accepted: (url: URL, given: string) => boolean, error: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) =>
        listOf(value).every(
          (given) =>
            URL.canParse(given) &&
            /^https?:$/.test(new URL(given).protocol) &&
            accepted(new URL(given), given),
        ),
      { error },
    );

/** `HITS/SECONDS` per client (e.g. `20/10`: twenty in ten seconds), or `off`. */
const edgeLimit = z
  .string()
  .trim()
  .regex(/^(off|[1-9]\d{0,5}\/[1-9]\d{0,4})$/, {
    error: 'expected requests per client and seconds such as 20/10, or off',
  })
  .transform((value) => {
    if (value === 'off') return null;
    const [hits, seconds] = value.split('/').map(Number);
    return { hits: hits ?? 1, seconds: seconds ?? 1 };
  });

const positiveInt = (fallback: number) =>
  z.coerce.number({ error: 'expected a whole number' }).int().positive().default(fallback);

/** Every environment variable Pressfront reads; `.env.example` documents the same list. */
export const envSchema = z
  .object({
    WORDPRESS_URL: httpUrl,
    PRESSFRONT_PUBLIC_URL: httpUrl.optional(),
    WORDPRESS_HOME_URL: httpUrl.optional(),
    WORDPRESS_APP_USER: z.string().trim().min(1).optional(),
    WORDPRESS_APP_PASSWORD: z.string().trim().min(1).optional(),
    PRESSFRONT_THEME: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]+$/, { error: 'expected a theme name such as "show"' })
      .optional(),
    PRESSFRONT_BRIDGE_SECRET: z
      .string()
      .min(32, { error: 'must be at least 32 characters (it signs revalidation requests)' })
      .optional(),
    PRESSFRONT_EMBED_HOSTS: z
      .string()
      .trim()
      .regex(/^[a-z0-9.-]+(\s*,\s*[a-z0-9.-]+)*$/i, { error: 'expected host names separated by commas' })
      .optional(),
    PRESSFRONT_SUBSCRIBE_PROVIDER: z
      .enum(['wordpress', 'webhook'], { error: 'expected "wordpress" or "webhook"' })
      .default('wordpress'),
    PRESSFRONT_SUBSCRIBE_WEBHOOK_URL: httpUrl.optional(),
    PRESSFRONT_DATA_CACHE_SECONDS: positiveInt(60),
    PRESSFRONT_PAGE_CACHE_SECONDS: z.coerce
      .number({ error: 'expected a whole number' })
      .int()
      .nonnegative()
      .optional(),
    PRESSFRONT_FRAME_ANCESTORS: httpUrls(
      (url, given) => url.origin === given.replace(/\/+$/, ''),
      'expected origins such as https://wp.example.com, separated by spaces or commas',
    ).optional(),
    PRESSFRONT_CSP_REPORT_ONLY: z.enum(['0', '1', 'false', 'true'], { error: 'expected 1 or 0' }).optional(),
    PRESSFRONT_READER_PAGES: z
      .enum(['documents', 'app'], { error: 'expected "documents" or "app"' })
      .optional(),
    WORDPRESS_TIMEOUT_MS: positiveInt(8000),
    PRESSFRONT_ORIGIN_CONCURRENCY: positiveInt(8),
    PRESSFRONT_ORIGIN_SITE_CONCURRENCY: z.coerce
      .number({ error: 'expected a whole number' })
      .int()
      .positive()
      .optional(),
    PRESSFRONT_ORIGIN_QUEUE: z.coerce
      .number({ error: 'expected a whole number' })
      .int()
      .nonnegative()
      .default(32),
    PRESSFRONT_ORIGIN_WAIT_MS: positiveInt(2000),
    PRESSFRONT_BRIEF_CACHE_SECONDS: z.coerce
      .number({ error: 'expected a whole number' })
      .int()
      .nonnegative()
      .default(30),
    PRESSFRONT_REDIS_URL: z
      .string()
      .trim()
      .refine((value) => URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol), {
        error: 'expected a redis:// or rediss:// URL such as redis://127.0.0.1:6390/0',
      })
      .optional(),
    PRESSFRONT_EDGE_CACHE_SECONDS: z.coerce
      .number({ error: 'expected a whole number' })
      .int()
      .nonnegative()
      .default(0),
    PRESSFRONT_EDGE_PURGE_URLS: httpUrls(
      () => true,
      'expected http(s) URLs separated by spaces or commas',
    ).optional(),
    PRESSFRONT_EDGE_SEARCH_LIMIT: edgeLimit.optional(),
    PRESSFRONT_EDGE_POST_LIMIT: edgeLimit.optional(),
    PRESSFRONT_EDGE_CDN: z.enum(['0', '1', 'false', 'true'], { error: 'expected 1 or 0' }).optional(),
    PRESSFRONT_EDGE_CLIENT_HEADER: z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, { error: 'expected a header name such as CF-Connecting-IP' })
      .optional(),
    PRESSFRONT_EDGE_PURGE_TOKEN: z
      .string()
      .min(32, { error: 'must be at least 32 characters (the edge accepts purges that carry it)' })
      .optional(),
  })
  .superRefine((env, ctx) => {
    // Half a credential is a typo, not a choice: say so instead of silently going anonymous.
    if (Boolean(env.WORDPRESS_APP_USER) !== Boolean(env.WORDPRESS_APP_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.WORDPRESS_APP_USER ? 'WORDPRESS_APP_PASSWORD' : 'WORDPRESS_APP_USER'],
        message: 'WORDPRESS_APP_USER and WORDPRESS_APP_PASSWORD must be set together',
      });
    }
    if (env.PRESSFRONT_EDGE_PURGE_URLS && !env.PRESSFRONT_EDGE_PURGE_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['PRESSFRONT_EDGE_PURGE_TOKEN'],
        message: 'is required when PRESSFRONT_EDGE_PURGE_URLS is set (the edge refuses purges without it)',
      });
    }
    // A client's own header would let it be anyone: only a CDN in front, which sets it, is believed.
    if (env.PRESSFRONT_EDGE_CLIENT_HEADER && !['1', 'true'].includes(env.PRESSFRONT_EDGE_CDN ?? '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['PRESSFRONT_EDGE_CLIENT_HEADER'],
        message: 'needs PRESSFRONT_EDGE_CDN=1 (only a CDN in front may name the reader)',
      });
    }
    if (env.PRESSFRONT_ORIGIN_SITE_CONCURRENCY && !env.PRESSFRONT_REDIS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PRESSFRONT_ORIGIN_SITE_CONCURRENCY'],
        message: 'needs PRESSFRONT_REDIS_URL (the workers count their requests to WordPress together there)',
      });
    }
    if (env.PRESSFRONT_SUBSCRIBE_PROVIDER === 'webhook' && !env.PRESSFRONT_SUBSCRIBE_WEBHOOK_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PRESSFRONT_SUBSCRIBE_WEBHOOK_URL'],
        message: 'is required when PRESSFRONT_SUBSCRIBE_PROVIDER is "webhook"',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;
