import { envSchema, listOf } from './schema';

/** So many requests per client in so many seconds; null: no limit. */
export type EdgeLimit = { hits: number; seconds: number } | null;

export interface Config {
  wordpressUrl: string;
  /**
   * The address WordPress gives itself in its links (Settings → General → Site Address): the same
   * as wordpressUrl unless the server reaches WordPress another way (a container name, a proxy).
   * Links to it become site paths.
   */
  wordpressHomeUrl: string;
  /** The site's public address (canonical URLs, feeds, sitemaps); null: taken from each request. */
  publicUrl: string | null;
  credentials: { user: string; password: string } | null;
  /** The theme pinned by the server's configuration; null: the one activated in WordPress. */
  theme: string | null;
  /**
   * Shared with the companion plugin: signs what it sends us (/api/revalidate, draft and theme preview links) and
   * what we send it (subscribers). Null when not configured.
   */
  bridgeSecret: string | null;
  /** Where sign-ups go: the companion plugin's list in WordPress, or a newsletter service's webhook. */
  subscribe: { provider: 'wordpress' } | { provider: 'webhook'; url: string };
  /** Hosts whose players may be embedded in posts (iframes). */
  embedHosts: string[];
  dataCacheSeconds: number;
  /** How long a rendered page is served from memory (0: not at all); a revalidation ends it sooner. */
  pageCacheSeconds: number;
  /**
   * What readers' pages are: `documents` (HTML, CSS and our islands, without Next's runtime and
   * React payload: server/page-cache/reader-document.ts) or `app` (Next's full app, with client
   * navigation). Documents unless set; `next dev` keeps the app (its refresh needs the runtime).
   */
  readerPages: 'documents' | 'app';
  /**
   * Origins allowed to frame the site beside itself (CSP frame-ancestors); null: its WordPress's,
   * whose wp-admin shows the live theme preview in a frame.
   */
  frameAncestors: string[] | null;
  /** The documents' script policy only reported (Content-Security-Policy-Report-Only), not enforced. */
  cspReportOnly: boolean;
  timeoutMs: number;
  /**
   * The bound on the load the frontends put on WordPress (server/origin-load): requests at once per
   * worker and, counted in Redis, per site (null: not counted site-wide); how many may wait for a
   * place, and for how long, before they are not sent.
   */
  origin: { perWorker: number; perSite: number | null; queue: number; waitMs: number };
  /**
   * How long search results and not-found pages are kept (page cache and edge), at most: answers no
   * two readers may ask alike, kept briefly, so a flood of them cannot fill the caches for long.
   */
  briefCacheSeconds: number;
  /**
   * A shared cache in front of the workers (Varnish, a CDN). `seconds`: how long it may keep a
   * public page (0: it is told to keep nothing); `purgeUrls`/`purgeToken`: where a revalidation
   * sends its purge by cache tag, and the token the edge checks.
   */
  edge: {
    seconds: number;
    purgeUrls: string[];
    purgeToken: string | null;
    /**
     * Per client at the edge (Varnish's site part, scripts/stack/varnish-site.ts): searches, and
     * form posts; undefined: the edge's defaults; null: no limit.
     */
    limits: { search?: EdgeLimit; posts?: EdgeLimit };
    /** A CDN in front of the edge files pages by Surrogate-Key / Cache-Tag: the edge passes them on. */
    cdnInFront: boolean;
    /** The header the CDN in front names the reader's address in (per-client limits); null: the connection's. */
    clientHeader: string | null;
  };
  /** The Redis every worker shares (data cache, change-log position, accepted signatures), or null. */
  redisUrl: string | null;
  /** Old names this environment still uses, each with its new one (said once at start-up). */
  renamedVariables: { old: string; current: string }[];
}

/**
 * Variables renamed for what they are, old → new. The old name is still read, so no deployed site
 * breaks; start-up says once which to rename. PRESSFRONT_REVALIDATE_SECRET signed far more than
 * revalidations (previews, sessions, subscribers, the plugin's requests: the plugin calls it the
 * bridge secret); PRESSFRONT_REVALIDATE_SECONDS is how long WordPress data is cached;
 * PRESSFRONT_EDGE_SECONDS how long the edge may keep a page (0: there is no edge).
 */
export const RENAMED_VARIABLES = {
  PRESSFRONT_REVALIDATE_SECRET: 'PRESSFRONT_BRIDGE_SECRET',
  PRESSFRONT_REVALIDATE_SECONDS: 'PRESSFRONT_DATA_CACHE_SECONDS',
  PRESSFRONT_EDGE_SECONDS: 'PRESSFRONT_EDGE_CACHE_SECONDS',
} as const;

/** The environment under the current names (a current name set wins over its old one). */
function withCurrentNames(env: Record<string, string | undefined>) {
  const current: Record<string, string | undefined> = { ...env };
  const renamed: Config['renamedVariables'] = [];
  for (const [old, name] of Object.entries(RENAMED_VARIABLES)) {
    if (current[old] === undefined) continue;
    renamed.push({ old, current: name });
    current[name] ??= current[old];
    delete current[old];
  }
  return { current, renamed };
}

/** The one line start-up says when old names are in use; null when none is. */
export function renamedVariablesNotice(config: Pick<Config, 'renamedVariables'>): string | null {
  if (config.renamedVariables.length === 0) return null;
  const pairs = config.renamedVariables.map(({ old, current }) => `${old} → ${current}`).join(', ');
  return `Deprecated environment variables, still read — rename them: ${pairs}`;
}

/** Video and audio players WordPress's embed blocks use most, all served over https. */
export const DEFAULT_EMBED_HOSTS = [
  'www.youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
  'w.soundcloud.com',
  'open.spotify.com',
  'embed.podcasts.apple.com',
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates configuration from an environment. Throws a ConfigError whose message is
 * one line per bad variable, naming it and what was expected.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (`FOO=` in an env file) means "not set", as it does to a shell user.
  const { current: present, renamed } = withCurrentNames(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || 'environment';
      const got = typeof present[name] === 'string' ? ` (got "${present[name]}")` : '';
      const as = renamed.find((variable) => variable.current === name && env[name] === undefined);
      return `Invalid configuration: ${name}${as ? ` (set as ${as.old})` : ''} ${issue.message}${got}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const e = result.data;
  return {
    wordpressUrl: e.WORDPRESS_URL,
    wordpressHomeUrl: e.WORDPRESS_HOME_URL ?? e.WORDPRESS_URL,
    publicUrl: e.PRESSFRONT_PUBLIC_URL ?? null,
    credentials:
      e.WORDPRESS_APP_USER && e.WORDPRESS_APP_PASSWORD
        ? { user: e.WORDPRESS_APP_USER, password: e.WORDPRESS_APP_PASSWORD }
        : null,
    theme: e.PRESSFRONT_THEME ?? null,
    bridgeSecret: e.PRESSFRONT_BRIDGE_SECRET ?? null,
    subscribe:
      e.PRESSFRONT_SUBSCRIBE_PROVIDER === 'webhook' && e.PRESSFRONT_SUBSCRIBE_WEBHOOK_URL
        ? { provider: 'webhook', url: e.PRESSFRONT_SUBSCRIBE_WEBHOOK_URL }
        : { provider: 'wordpress' },
    embedHosts: e.PRESSFRONT_EMBED_HOSTS
      ? e.PRESSFRONT_EMBED_HOSTS.split(',').map((host) => host.trim().toLowerCase())
      : DEFAULT_EMBED_HOSTS,
    dataCacheSeconds: e.PRESSFRONT_DATA_CACHE_SECONDS,
    pageCacheSeconds: e.PRESSFRONT_PAGE_CACHE_SECONDS ?? e.PRESSFRONT_DATA_CACHE_SECONDS,
    readerPages: e.PRESSFRONT_READER_PAGES ?? (env.NODE_ENV === 'development' ? 'app' : 'documents'),
    cspReportOnly: e.PRESSFRONT_CSP_REPORT_ONLY === '1' || e.PRESSFRONT_CSP_REPORT_ONLY === 'true',
    frameAncestors: e.PRESSFRONT_FRAME_ANCESTORS
      ? listOf(e.PRESSFRONT_FRAME_ANCESTORS).map((origin) => new URL(origin).origin)
      : null,
    timeoutMs: e.WORDPRESS_TIMEOUT_MS,
    origin: {
      perWorker: e.PRESSFRONT_ORIGIN_CONCURRENCY,
      perSite: e.PRESSFRONT_ORIGIN_SITE_CONCURRENCY ?? null,
      queue: e.PRESSFRONT_ORIGIN_QUEUE,
      waitMs: e.PRESSFRONT_ORIGIN_WAIT_MS,
    },
    briefCacheSeconds: e.PRESSFRONT_BRIEF_CACHE_SECONDS,
    edge: {
      seconds: e.PRESSFRONT_EDGE_CACHE_SECONDS,
      purgeUrls: listOf(e.PRESSFRONT_EDGE_PURGE_URLS ?? '').map((url) => url.replace(/\/+$/, '')),
      purgeToken: e.PRESSFRONT_EDGE_PURGE_TOKEN ?? null,
      limits: {
        ...(e.PRESSFRONT_EDGE_SEARCH_LIMIT !== undefined ? { search: e.PRESSFRONT_EDGE_SEARCH_LIMIT } : {}),
        ...(e.PRESSFRONT_EDGE_POST_LIMIT !== undefined ? { posts: e.PRESSFRONT_EDGE_POST_LIMIT } : {}),
      },
      cdnInFront: e.PRESSFRONT_EDGE_CDN === '1' || e.PRESSFRONT_EDGE_CDN === 'true',
      clientHeader: e.PRESSFRONT_EDGE_CLIENT_HEADER ?? null,
    },
    redisUrl: e.PRESSFRONT_REDIS_URL ?? null,
    renamedVariables: renamed,
  };
}

let cached: Config | undefined;

/** The process's configuration, validated once. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
