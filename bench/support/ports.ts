/**
 * The benchmark's ports, from one variable, PRESSFRONT_BENCH_PORT (default 3190); scripts/bench.sh
 * checks them all before it starts anything. `bench/support/print-ports.ts` lists them for it.
 */
const base = Number(process.env.PRESSFRONT_BENCH_PORT ?? '3190');

export const benchPorts = {
  /** Pressfront under the REST-cost and side-by-side runs (one at a time). */
  next: base,
  pageWeight: base + 1,
  lighthouse: base + 2,
  /** WordPress + its default block theme on nginx/php-fpm, and nginx serving static copies. */
  wordpressNginx: base + 3,
  staticNginx: base + 4,
  /** The stack: Varnish, Redis, then the workers (as many as PRESSFRONT_WORKERS, one per core). */
  stackEdge: base + 5,
  stackRedis: base + 6,
  stackWorkers: base + 7,
  /** The backends' side by side (bench/backends.ts): their WordPress, its MariaDB, the smoke set's servers. */
  backendsWordPress: base + 30,
  backendsDatabase: base + 31,
  backendsE2e: base + 40,
};
