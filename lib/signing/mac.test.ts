import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signPayload, verifyPayload } from '.';
import { mac } from './mac';

// The vectors the plugin's PHPUnit tests check too (backend/plugin/tests/cases/SignerTest.php):
// both sides sign the same things the same way, or nothing between them verifies.
const vectors = JSON.parse(
  readFileSync(
    path.join(__dirname, '..', '..', 'backend', 'plugin', 'tests', 'fixtures', 'signing-vectors.json'),
    'utf8',
  ),
) as {
  secret: string;
  macs: { parts: string[]; mac: string; what: string }[];
  token: { purpose: string; payload: { exp: number }; token: string };
};

describe('signatures the plugin makes and checks', () => {
  it('are the ones the frontend makes', () => {
    expect(vectors.macs.length).toBeGreaterThan(2);
    for (const vector of vectors.macs)
      expect(mac(vectors.secret, ...vector.parts), vector.what).toBe(vector.mac);
  });

  it('signs and reads browser tokens as the plugin does', () => {
    const { purpose, payload, token } = vectors.token;
    expect(signPayload(purpose, payload, vectors.secret)).toBe(token);
    expect(
      verifyPayload(purpose, token, vectors.secret, () => true, { nowSeconds: payload.exp - 1 }),
    ).toEqual({ ok: true, payload });
  });
});
