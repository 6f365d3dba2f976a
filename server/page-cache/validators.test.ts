import { describe, expect, it } from 'vitest';
import { isNotModified, notModified, setValidators, validatorsOf } from './validators';

const body = new TextEncoder().encode('<p>a page</p>');
const headersWith = () => {
  const headers = new Headers({ 'content-type': 'text/html', vary: 'Accept-Encoding' });
  setValidators(headers, validatorsOf(body, Date.parse('2026-12-07T08:00:00Z')));
  return headers;
};
const ask = (headers: Record<string, string>, method = 'GET') =>
  new Request('http://site.test/a/', { method, headers });

describe('validators', () => {
  it('the ETag is the bytes’ digest: the same for the same document, another for any change', () => {
    expect(validatorsOf(body, 0).etag).toBe(validatorsOf(body, 1).etag);
    expect(validatorsOf(new TextEncoder().encode('<p>a page!</p>'), 0).etag).not.toBe(
      validatorsOf(body, 0).etag,
    );
    expect(validatorsOf(body, Date.parse('2026-12-07T08:00:00Z')).lastModified).toBe(
      'Mon, 07 Dec 2026 08:00:00 GMT',
    );
  });

  it('If-None-Match: any listed tag, weak or strong, or *', () => {
    const headers = headersWith();
    const etag = headers.get('etag') ?? '';
    expect(isNotModified(ask({ 'if-none-match': etag }), headers)).toBe(true);
    expect(isNotModified(ask({ 'if-none-match': `"x", W/${etag}` }), headers)).toBe(true);
    expect(isNotModified(ask({ 'if-none-match': '*' }), headers)).toBe(true);
    expect(isNotModified(ask({ 'if-none-match': '"x"' }), headers)).toBe(false);
    // It wins over If-Modified-Since, which alone would say "not modified".
    expect(
      isNotModified(
        ask({ 'if-none-match': '"x"', 'if-modified-since': 'Tue, 08 Dec 2026 00:00:00 GMT' }),
        headers,
      ),
    ).toBe(false);
    expect(isNotModified(ask({ 'if-none-match': etag }, 'POST'), headers)).toBe(false);
  });

  it('If-Modified-Since: not modified at or after the document was made; a bad date is ignored', () => {
    const headers = headersWith();
    expect(isNotModified(ask({ 'if-modified-since': 'Mon, 07 Dec 2026 08:00:00 GMT' }), headers)).toBe(true);
    expect(isNotModified(ask({ 'if-modified-since': 'Mon, 07 Dec 2026 07:59:59 GMT' }), headers)).toBe(false);
    expect(isNotModified(ask({ 'if-modified-since': 'yesterday' }), headers)).toBe(false);
    expect(isNotModified(ask({}), headers)).toBe(false);
  });

  it('the 304 carries the validators and caching headers, no body and no content headers', async () => {
    const answer = notModified(headersWith());
    expect(answer.status).toBe(304);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(answer.headers.get('vary')).toBe('Accept-Encoding');
    expect(answer.headers.has('content-type')).toBe(false);
    expect(await answer.text()).toBe('');
  });
});
