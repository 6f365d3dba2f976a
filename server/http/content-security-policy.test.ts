import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentPolicy, inlineScriptHashes } from './content-security-policy';

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
