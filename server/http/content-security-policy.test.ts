import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { appPolicy, documentPolicy, inlineScriptHashes, scriptHashes } from './content-security-policy';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const config = {
  wordpressUrl: 'http://127.0.0.1:8790',
  wordpressHomeUrl: 'http://127.0.0.1:8790',
  frameAncestors: null,
  embedHosts: ['www.youtube.com', 'player.vimeo.com'],
};

describe('the documents’ policy', () => {
  it('names each inline script that would run by its hash; data blocks and files are not inline code', () => {
    const html =
      '<script data-pf-script="">a()</script><script type="application/ld+json">{"@type":"x"}</script>' +
      '<script type="speculationrules">{"prerender":[]}</script><script src="/x.js"></script><script data-pf-script="">a()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('{"prerender":[]}')].sort());
  });

  it('scripts by hash only, never unsafe-inline; frames from the allowed players; no plugins, no <base>, forms to the site', () => {
    const policy = documentPolicy('<script data-island-script="x">b()</script>', config);
    expect(policy).toContain(`script-src ${sha('b()')};`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain('frame-src https://www.youtube.com https://player.vimeo.com;');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("frame-ancestors 'self' http://127.0.0.1:8790");
  });

  it('a document with no script of ours runs none', () => {
    expect(documentPolicy('<p>text</p>', { ...config, embedHosts: [] })).toContain("script-src 'none'; ");
    expect(documentPolicy('<p>text</p>', { ...config, embedHosts: [] })).toContain("frame-src 'none'");
  });
});

describe('the policy of pages rendered with Next’s runtime', () => {
  it('runs what carries the render’s nonce, what those load, and our own scripts by hash — nothing inline else', () => {
    const own = scriptHashes(['island()', 'head()', 'island()']);
    expect(own).toEqual([sha('head()'), sha('island()')].sort());
    const policy = appPolicy('bm9uY2U=', own, config);
    expect(policy).toContain(`script-src 'nonce-bm9uY2U=' 'strict-dynamic' ${own.join(' ')};`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    // Every other directive as the documents have it.
    const rest = (p: string) => p.split('; ').filter((d) => !d.startsWith('script-src'));
    expect(rest(policy)).toEqual(rest(documentPolicy('', config)));
  });
});

describe('a fresh script policy per render', () => {
  it('has a nonce of its own each time, and honours report-only', async () => {
    const { newScriptPolicy } = await import('./app-script-policy');
    vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790');
    const nonces = new Set(
      Array.from({ length: 20 }, () => /'nonce-([^']+)'/.exec(newScriptPolicy([])?.value ?? '')?.[1]),
    );
    expect(nonces.size).toBe(20);
    expect([...nonces].every((nonce) => /^[A-Za-z0-9+/]{22}==$/.test(nonce ?? ''))).toBe(true);
    expect(newScriptPolicy([])?.header).toBe('content-security-policy');
    expect(newScriptPolicy([])?.value).toContain('report-uri /api/csp-report/');
    vi.stubEnv('NODE_ENV', 'development');
    expect(newScriptPolicy([])).toBeNull();
    vi.unstubAllEnvs();
  });
});
