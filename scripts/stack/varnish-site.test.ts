import { describe, expect, it } from 'vitest';
import { renderSiteVcl } from './varnish-site';

const token = 'k'.repeat(40);

describe('renderSiteVcl', () => {
  it('writes a probed backend per worker, the director, the purge allow-list and token check', () => {
    const vcl = renderSiteVcl({
      backends: [
        { host: '127.0.0.1', port: 4001 },
        { host: '10.0.0.7', port: 4001 },
      ],
      purgers: ['127.0.0.1', '10.0.0.0/8'],
      purgeToken: token,
    });
    expect(vcl).toContain('backend worker0 {\n    .host = "127.0.0.1";\n    .port = "4001";');
    expect(vcl).toContain('backend worker1 {\n    .host = "10.0.0.7";');
    expect(vcl.match(/\.url = "\/api\/health\/";/g)).toHaveLength(2);
    expect(vcl).toContain(
      'new workers = directors.shard();\n    workers.add_backend(worker0);\n    workers.add_backend(worker1);\n    workers.reconfigure();',
    );
    expect(vcl).toContain('acl purgers {\n    "127.0.0.1";\n    "10.0.0.0"/8;\n}');
    expect(vcl).toContain(`req.http.x-pressfront-purge-token != "${token}"`);
  });

  it('limits searches and form posts per client, with the defaults or the site’s own, or none', () => {
    const base = { backends: [{ host: '127.0.0.1', port: 4001 }], purgers: ['127.0.0.1'], purgeToken: token };
    const defaults = renderSiteVcl(base);
    expect(defaults).toContain('vsthrottle.is_denied("search:" + client.identity, 20, 10s)');
    expect(defaults).toContain('vsthrottle.is_denied("post:" + client.identity, 10, 60s)');
    expect(defaults).toContain('vsthrottle.is_denied("csp:" + client.identity, 10, 60s)');
    expect(defaults).toContain('req.url !~ "^/api/revalidate/"');
    expect(defaults).toContain('set req.http.x-pressfront-retry-after = "10";');
    const own = renderSiteVcl({ ...base, limits: { search: { hits: 5, seconds: 30 }, posts: null } });
    expect(own).toContain('vsthrottle.is_denied("search:" + client.identity, 5, 30s)');
    expect(own).not.toContain('"post:"');
    expect(() => renderSiteVcl({ ...base, limits: { search: { hits: 0, seconds: 1 } } })).toThrow(
      /not a limit/,
    );
  });

  it('strips the internal headers for readers; the cache tags pass on to a CDN in front', () => {
    const base = { backends: [{ host: '127.0.0.1', port: 4001 }], purgers: ['127.0.0.1'], purgeToken: token };
    const alone = renderSiteVcl(base);
    for (const header of ['x-backend', 'x-varnish', 'via', 'surrogate-key', 'cache-tag'])
      expect(alone).toContain(`unset resp.http.${header};`);
    const cdn = renderSiteVcl({ ...base, cdnInFront: true });
    expect(cdn).toContain('unset resp.http.x-backend;');
    expect(cdn).not.toContain('unset resp.http.surrogate-key;');
    expect(cdn).not.toContain('unset resp.http.cache-tag;');
    expect(alone).toContain(`req.http.x-pressfront-purge-token == "${token}"`);
    expect(alone).not.toContain('client.identity =');
    // Behind a CDN, its header names the reader for the limits; never without one.
    const named = renderSiteVcl({ ...base, cdnInFront: true, clientHeader: 'CF-Connecting-IP' });
    expect(named).toContain('set client.identity = req.http.CF-Connecting-IP;');
    expect(() => renderSiteVcl({ ...base, clientHeader: 'CF-Connecting-IP' })).toThrow(/client header/);
    expect(() => renderSiteVcl({ ...base, cdnInFront: true, clientHeader: 'x; return(pass)' })).toThrow(
      /client header/,
    );
  });

  it('refuses anything that could not be written into VCL safely', () => {
    const ok = { backends: [{ host: '127.0.0.1', port: 4001 }], purgers: ['127.0.0.1'], purgeToken: token };
    expect(() => renderSiteVcl({ ...ok, backends: [] })).toThrow(/at least one worker/);
    expect(() => renderSiteVcl({ ...ok, backends: [{ host: 'a"; }', port: 1 }] })).toThrow(
      /not a worker address/,
    );
    expect(() => renderSiteVcl({ ...ok, backends: [{ host: 'a', port: 70_000 }] })).toThrow(
      /not a worker address/,
    );
    expect(() => renderSiteVcl({ ...ok, purgers: [] })).toThrow(/allowed to purge/);
    expect(() => renderSiteVcl({ ...ok, purgers: ['anyone'] })).toThrow(/not an address/);
    expect(() => renderSiteVcl({ ...ok, purgeToken: 'short' })).toThrow(/32\+/);
    expect(() => renderSiteVcl({ ...ok, purgeToken: `${'x'.repeat(32)}"; return(pass)` })).toThrow(/32\+/);
  });
});
