import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_EMBED_HOSTS, parseConfig, renamedVariablesNotice } from '.';

const valid = { WORDPRESS_URL: 'http://127.0.0.1:8790/' };

describe('parseConfig', () => {
  it('reads a minimal environment with defaults', () => {
    expect(parseConfig(valid)).toEqual({
      wordpressUrl: 'http://127.0.0.1:8790',
      wordpressHomeUrl: 'http://127.0.0.1:8790',
      publicUrl: null,
      credentials: null,
      // Not pinned: the theme activated in WordPress renders.
      theme: null,
      bridgeSecret: null,
      subscribe: { provider: 'wordpress' },
      embedHosts: DEFAULT_EMBED_HOSTS,
      dataCacheSeconds: 60,
      pageCacheSeconds: 60,
      // Readers get documents (server/page-cache/reader-document.ts).
      readerPages: 'documents',
      frameAncestors: null,
      cspReportOnly: false,
      timeoutMs: 8000,
      origin: { perWorker: 8, perSite: null, queue: 32, waitMs: 2000 },
      briefCacheSeconds: 30,
      edge: {
        seconds: 0,
        purgeUrls: [],
        purgeToken: null,
        limits: {},
        cdnInFront: false,
        clientHeader: null,
      },
      redisUrl: null,
      renamedVariables: [],
    });
  });

  it('reader pages: documents unless set, the app under `next dev` (its refresh needs the runtime) or when asked', () => {
    const base = { WORDPRESS_URL: 'http://127.0.0.1:8790' };
    expect(parseConfig({ ...base, NODE_ENV: 'production' }).readerPages).toBe('documents');
    expect(parseConfig({ ...base, NODE_ENV: 'development' }).readerPages).toBe('app');
    expect(parseConfig({ ...base, PRESSFRONT_READER_PAGES: 'app' }).readerPages).toBe('app');
    expect(
      parseConfig({ ...base, NODE_ENV: 'development', PRESSFRONT_READER_PAGES: 'documents' }).readerPages,
    ).toBe('documents');
    expect(() => parseConfig({ ...base, PRESSFRONT_READER_PAGES: 'spa' })).toThrow(
      'Invalid configuration: PRESSFRONT_READER_PAGES expected "documents" or "app" (got "spa")',
    );
  });

  it('frame ancestors: origins, spaces or commas; anything but an origin is refused', () => {
    const base = { WORDPRESS_URL: 'http://127.0.0.1:8790' };
    expect(
      parseConfig({
        ...base,
        PRESSFRONT_FRAME_ANCESTORS: 'https://wp.example.com, https://admin.example.com:8443',
      }).frameAncestors,
    ).toEqual(['https://wp.example.com', 'https://admin.example.com:8443']);
    for (const bad of ['wp.example.com', 'https://wp.example.com/wp-admin/', "'none'", 'javascript:alert(1)'])
      expect(() => parseConfig({ ...base, PRESSFRONT_FRAME_ANCESTORS: bad }), bad).toThrow(
        /PRESSFRONT_FRAME_ANCESTORS expected origins/,
      );
  });

  it('reads the edge: seconds, purge addresses (spaces or commas), and requires the token with them', () => {
    const token = 'x'.repeat(32);
    expect(
      parseConfig({
        WORDPRESS_URL: 'http://wp.test',
        PRESSFRONT_EDGE_CACHE_SECONDS: '3600',
        PRESSFRONT_EDGE_PURGE_URLS: 'http://127.0.0.1:6081/ http://10.0.0.2:6081,http://10.0.0.3:6081',
        PRESSFRONT_EDGE_PURGE_TOKEN: token,
      }).edge,
    ).toEqual({
      seconds: 3600,
      purgeUrls: ['http://127.0.0.1:6081', 'http://10.0.0.2:6081', 'http://10.0.0.3:6081'],
      purgeToken: token,
      limits: {},
      cdnInFront: false,
      clientHeader: null,
    });
    expect(() =>
      parseConfig({ WORDPRESS_URL: 'http://wp.test', PRESSFRONT_EDGE_PURGE_URLS: 'http://127.0.0.1:6081' }),
    ).toThrow(/PRESSFRONT_EDGE_PURGE_TOKEN is required/);
    expect(() =>
      parseConfig({
        WORDPRESS_URL: 'http://wp.test',
        PRESSFRONT_EDGE_PURGE_URLS: 'varnish:6081',
        PRESSFRONT_EDGE_PURGE_TOKEN: token,
      }),
    ).toThrow(/PRESSFRONT_EDGE_PURGE_URLS expected http\(s\) URLs/);
    expect(() =>
      parseConfig({ WORDPRESS_URL: 'http://wp.test', PRESSFRONT_REDIS_URL: 'http://127.0.0.1:6390' }),
    ).toThrow(/PRESSFRONT_REDIS_URL expected a redis:\/\//);
    expect(
      parseConfig({ WORDPRESS_URL: 'http://wp.test', PRESSFRONT_REDIS_URL: 'redis://127.0.0.1:6390/0' })
        .redisUrl,
    ).toBe('redis://127.0.0.1:6390/0');
  });

  it('reads the edge’s client limits and the CDN in front; the origin bound, site-wide only with Redis', () => {
    const site = { WORDPRESS_URL: 'http://wp.test' };
    const edge = parseConfig({
      ...site,
      PRESSFRONT_EDGE_SEARCH_LIMIT: '5/30',
      PRESSFRONT_EDGE_POST_LIMIT: 'off',
      PRESSFRONT_EDGE_CDN: '1',
    }).edge;
    expect(edge.limits).toEqual({ search: { hits: 5, seconds: 30 }, posts: null });
    expect(edge.cdnInFront).toBe(true);
    expect(
      parseConfig({ ...site, PRESSFRONT_EDGE_CDN: '1', PRESSFRONT_EDGE_CLIENT_HEADER: 'CF-Connecting-IP' })
        .edge.clientHeader,
    ).toBe('CF-Connecting-IP');
    expect(() => parseConfig({ ...site, PRESSFRONT_EDGE_CLIENT_HEADER: 'CF-Connecting-IP' })).toThrow(
      /PRESSFRONT_EDGE_CLIENT_HEADER needs PRESSFRONT_EDGE_CDN=1/,
    );
    expect(() =>
      parseConfig({ ...site, PRESSFRONT_EDGE_CDN: '1', PRESSFRONT_EDGE_CLIENT_HEADER: 'x"; return(pass)' }),
    ).toThrow(/PRESSFRONT_EDGE_CLIENT_HEADER expected a header name/);
    for (const bad of ['5', '0/10', '5/0', 'many', '5/10s'])
      expect(() => parseConfig({ ...site, PRESSFRONT_EDGE_SEARCH_LIMIT: bad }), bad).toThrow(
        /PRESSFRONT_EDGE_SEARCH_LIMIT expected requests per client and seconds such as 20\/10, or off/,
      );
    expect(
      parseConfig({
        ...site,
        PRESSFRONT_ORIGIN_CONCURRENCY: '3',
        PRESSFRONT_ORIGIN_SITE_CONCURRENCY: '5',
        PRESSFRONT_ORIGIN_QUEUE: '0',
        PRESSFRONT_ORIGIN_WAIT_MS: '500',
        PRESSFRONT_REDIS_URL: 'redis://127.0.0.1:6390/0',
      }).origin,
    ).toEqual({ perWorker: 3, perSite: 5, queue: 0, waitMs: 500 });
    expect(() => parseConfig({ ...site, PRESSFRONT_ORIGIN_SITE_CONCURRENCY: '5' })).toThrow(
      /PRESSFRONT_ORIGIN_SITE_CONCURRENCY needs PRESSFRONT_REDIS_URL/,
    );
    expect(() => parseConfig({ ...site, PRESSFRONT_ORIGIN_CONCURRENCY: '0' })).toThrow(
      /PRESSFRONT_ORIGIN_CONCURRENCY/,
    );
    expect(parseConfig({ ...site, PRESSFRONT_BRIEF_CACHE_SECONDS: '0' }).briefCacheSeconds).toBe(0);
  });

  it('takes WordPress’s own address for its links when the server reaches it another way', () => {
    const config = parseConfig({
      ...valid,
      WORDPRESS_URL: 'http://wordpress:8080',
      WORDPRESS_HOME_URL: 'https://cms.example.com/',
    });
    expect(config.wordpressUrl).toBe('http://wordpress:8080');
    expect(config.wordpressHomeUrl).toBe('https://cms.example.com');
  });

  it('reads the public URL without its trailing slash, and rejects one that is not http(s)', () => {
    expect(parseConfig({ ...valid, PRESSFRONT_PUBLIC_URL: 'https://news.example.com/' }).publicUrl).toBe(
      'https://news.example.com',
    );
    expect(() => parseConfig({ ...valid, PRESSFRONT_PUBLIC_URL: 'ftp://x' })).toThrow(
      /PRESSFRONT_PUBLIC_URL/,
    );
  });

  it('reads credentials, theme and numbers', () => {
    const config = parseConfig({
      ...valid,
      WORDPRESS_APP_USER: 'admin',
      WORDPRESS_APP_PASSWORD: 'abcd efgh',
      PRESSFRONT_THEME: 'paper',
      PRESSFRONT_DATA_CACHE_SECONDS: '5',
      WORDPRESS_TIMEOUT_MS: '1500',
    });
    expect(config.credentials).toEqual({ user: 'admin', password: 'abcd efgh' });
    expect(config.theme).toBe('paper');
    expect(config.dataCacheSeconds).toBe(5);
    expect(config.timeoutMs).toBe(1500);
  });

  it('names a missing WORDPRESS_URL in one line', () => {
    expect(() => parseConfig({})).toThrow(ConfigError);
    expect(() => parseConfig({})).toThrow(/^Invalid configuration: WORDPRESS_URL is required/);
  });

  it('treats an empty variable as unset', () => {
    expect(() => parseConfig({ WORDPRESS_URL: '' })).toThrow(/WORDPRESS_URL is required/);
    expect(parseConfig({ ...valid, PRESSFRONT_THEME: '' }).theme).toBeNull();
  });

  it('rejects a URL that is not http(s), quoting what it got', () => {
    expect(() => parseConfig({ WORDPRESS_URL: 'ftp://example.com' })).toThrow(
      'Invalid configuration: WORDPRESS_URL expected an http(s) URL such as https://example.com (got "ftp://example.com")',
    );
    expect(() => parseConfig({ WORDPRESS_URL: 'example.com' })).toThrow(
      /WORDPRESS_URL expected an http\(s\) URL/,
    );
  });

  it('rejects half a credential', () => {
    expect(() => parseConfig({ ...valid, WORDPRESS_APP_USER: 'admin' })).toThrow(
      /WORDPRESS_APP_PASSWORD WORDPRESS_APP_USER and WORDPRESS_APP_PASSWORD must be set together/,
    );
  });

  it('rejects numbers that are not whole and positive', () => {
    expect(() => parseConfig({ ...valid, WORDPRESS_TIMEOUT_MS: 'soon' })).toThrow(/WORDPRESS_TIMEOUT_MS/);
    expect(() => parseConfig({ ...valid, PRESSFRONT_DATA_CACHE_SECONDS: '-1' })).toThrow(
      /PRESSFRONT_DATA_CACHE_SECONDS/,
    );
  });

  it('reads the embed allowlist, and rejects anything but host names', () => {
    expect(
      parseConfig({ ...valid, PRESSFRONT_EMBED_HOSTS: 'player.vimeo.com, Media.Example.org' }).embedHosts,
    ).toEqual(['player.vimeo.com', 'media.example.org']);
    expect(() => parseConfig({ ...valid, PRESSFRONT_EMBED_HOSTS: 'https://evil.test/' })).toThrow(
      /PRESSFRONT_EMBED_HOSTS/,
    );
  });

  it('rejects a theme name that could not be a folder', () => {
    expect(() => parseConfig({ ...valid, PRESSFRONT_THEME: '../etc' })).toThrow(/PRESSFRONT_THEME/);
  });

  it('lists every bad variable, one per line', () => {
    const error = (() => {
      try {
        parseConfig({ WORDPRESS_URL: 'nope', WORDPRESS_TIMEOUT_MS: 'x' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message.split('\n')).toHaveLength(2);
  });

  it('still reads the old names of renamed variables, and says once which to rename', () => {
    const secret = 's'.repeat(32);
    const config = parseConfig({
      ...valid,
      PRESSFRONT_REVALIDATE_SECRET: secret,
      PRESSFRONT_REVALIDATE_SECONDS: '90',
      PRESSFRONT_EDGE_SECONDS: '600',
    });
    expect(config.bridgeSecret).toBe(secret);
    expect(config.dataCacheSeconds).toBe(90);
    expect(config.edge.seconds).toBe(600);
    expect(renamedVariablesNotice(config)).toBe(
      'Deprecated environment variables, still read — rename them: ' +
        'PRESSFRONT_REVALIDATE_SECRET → PRESSFRONT_BRIDGE_SECRET, ' +
        'PRESSFRONT_REVALIDATE_SECONDS → PRESSFRONT_DATA_CACHE_SECONDS, ' +
        'PRESSFRONT_EDGE_SECONDS → PRESSFRONT_EDGE_CACHE_SECONDS',
    );
    expect(renamedVariablesNotice(parseConfig(valid))).toBeNull();
  });

  it('prefers the new name when both are set, and names the old one a bad value came from', () => {
    const config = parseConfig({
      ...valid,
      PRESSFRONT_BRIDGE_SECRET: 'n'.repeat(32),
      PRESSFRONT_REVALIDATE_SECRET: 'o'.repeat(32),
    });
    expect(config.bridgeSecret).toBe('n'.repeat(32));
    expect(() => parseConfig({ ...valid, PRESSFRONT_REVALIDATE_SECRET: 'short' })).toThrow(
      /^Invalid configuration: PRESSFRONT_BRIDGE_SECRET \(set as PRESSFRONT_REVALIDATE_SECRET\) must be at least 32 characters/,
    );
  });
});
