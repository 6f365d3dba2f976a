import { expect, test } from './fixtures';
import { mailsTo } from './support/mailbox';
import { wpScript, wpSubscribers } from './support/wordpress-admin';

// A bounded load on loopback: 1,000 sign-ups through the frontend's API, 100 distinct addresses
// each entered ten times (in other letter cases and with stray spaces, shuffled, 20 at a time).
// Exactly 100 subscribers must be stored, one confirmation mail each: none lost, none doubled.
// Runs in the last project, alone; the per-reader and per-address limits are lifted for it (all
// the load comes from one machine) and the seed's settings restored after.

const SUBMISSIONS = 1_000;
const ADDRESSES = 100;
const CONCURRENCY = 20;

const origin = `http://localhost:${(process.env.PRESSFRONT_E2E_THEME_PORTS ?? '3100').split(',')[0]}`;

test.beforeAll(() => {
  wpScript('option', 'pressfront_bridge_subscribe_limit_ip', '100000');
  wpScript('option', 'pressfront_bridge_subscribe_limit_email', '100000');
});
test.afterAll(() => {
  wpScript('reset');
});

function variant(address: string, i: number): string {
  if (i % 3 === 1) return address.toUpperCase();
  if (i % 3 === 2) return `  ${address} `;
  return address;
}

test('1,000 sign-ups, 100 addresses: exactly 100 subscribers and 100 confirmation mails', async () => {
  test.setTimeout(180_000);
  const run = `load-${Date.now().toString(36)}`;
  const addresses = Array.from({ length: ADDRESSES }, (_, i) => `${run}-${i}@example.com`);
  const submissions = Array.from({ length: SUBMISSIONS }, (_, i) =>
    variant(addresses[i % ADDRESSES] as string, Math.floor(i / ADDRESSES)),
  );
  // A fixed shuffle, so a failing run can be repeated.
  let seed = 42;
  for (let i = submissions.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [submissions[i], submissions[j]] = [submissions[j] as string, submissions[i] as string];
  }

  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < submissions.length) {
      const email = submissions[next++] as string;
      const t0 = performance.now();
      const response = await fetch(`${origin}/api/subscribe/`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email, consent: 'yes', source: '0' }),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;

  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  console.log(
    `[subscribe load] ${SUBMISSIONS} sign-ups, ${ADDRESSES} addresses, ${CONCURRENCY} at a time: ` +
      `${seconds.toFixed(1)} s, ${(SUBMISSIONS / seconds).toFixed(0)} req/s, ` +
      `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, ` +
      `statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );

  expect(Object.fromEntries(statuses)).toEqual({ 202: SUBMISSIONS });
  const stored = await wpSubscribers(run);
  expect(stored).toHaveLength(ADDRESSES);
  expect(new Set(stored.map((s) => s.email))).toEqual(new Set(addresses));
  expect(stored.every((s) => s.status === 'pending')).toBe(true);
  // The confirmation goes out once per address, however often it was entered.
  for (const address of addresses) {
    expect(
      mailsTo(address).filter((m) => m.subject.startsWith('Confirm')),
      address,
    ).toHaveLength(1);
  }
});
