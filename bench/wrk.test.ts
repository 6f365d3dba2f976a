import { describe, expect, it } from 'vitest';
import { parseWrk } from './wrk';

const sample = `Running 10s test @ http://127.0.0.1:3190/
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    65.12ms   10.01ms 201.33ms   90.00%
    Req/Sec   491.20     40.11   550.00     80.00%
  Latency Distribution
     50%   63.50ms
     75%   66.10ms
     90%   70.00ms
     99%    1.20s
  4912 requests in 10.01s, 250.12MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:    490.71
Transfer/sec:     24.99MB
`;

describe('parseWrk', () => {
  it('reads throughput, percentiles in any unit, and every kind of error', () => {
    expect(parseWrk(sample)).toEqual({
      requestsPerSecond: 490.71,
      p50Ms: 63.5,
      p99Ms: 1200,
      requests: 4912,
      errors: 7,
    });
    expect(parseWrk(sample.replace('63.50ms', '850.00us')).p50Ms).toBeCloseTo(0.85);
  });

  it('a clean run has no errors', () => {
    const clean = sample.replace(/ {2}Socket errors.*\n/, '').replace(/ {2}Non-2xx.*\n/, '');
    expect(parseWrk(clean).errors).toBe(0);
  });
});
