import { describe, expect, it } from 'vitest';
import { HONEYPOT_FIELD } from './fields';
import { parseSubscribeForm } from './form';

describe('parseSubscribeForm', () => {
  it('takes a well-formed address with consent, trimmed and lower-cased', () => {
    expect(parseSubscribeForm({ email: '  Reader@Example.COM ', consent: 'yes', source: '42' })).toEqual({
      ok: true,
      fields: { email: 'reader@example.com', source: 42 },
      bot: false,
    });
  });

  it('names each problem: missing or malformed email, missing consent', () => {
    const none = parseSubscribeForm({});
    expect(none).toMatchObject({ ok: false, errors: { email: 'missing', consent: 'missing' } });
    for (const email of ['reader', 'reader@', '@example.com', 'a b@example.com', 'r@example', '<r>@x.com']) {
      const parsed = parseSubscribeForm({ email, consent: 'yes' });
      expect(parsed.ok, email).toBe(false);
      expect(parsed.ok || parsed.errors.email).toBe('invalid');
    }
    const noConsent = parseSubscribeForm({ email: 'reader@example.com' });
    expect(noConsent).toMatchObject({ ok: false, errors: { consent: 'missing' } });
    expect(noConsent.ok || noConsent.errors.email).toBeUndefined();
  });

  it('refuses an address longer than the column that stores it, and keeps what was typed', () => {
    const long = `${'a'.repeat(185)}@example.com`;
    const parsed = parseSubscribeForm({ email: long, consent: 'yes' });
    expect(parsed).toMatchObject({ ok: false, fields: { email: long } });
  });

  it('flags a filled honeypot; odd types and a bad source fall back safely', () => {
    expect(
      parseSubscribeForm({ email: 'r@example.com', consent: 'on', [HONEYPOT_FIELD]: 'http://spam' }),
    ).toMatchObject({ ok: true, bot: true });
    expect(parseSubscribeForm({ email: ['x'], consent: 'yes', source: '-3' })).toMatchObject({
      ok: false,
      fields: { email: '', source: 0 },
    });
  });
});
