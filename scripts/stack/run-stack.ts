import { availableParallelism } from 'node:os';
import path from 'node:path';
import { startStack, startWorker, type Worker } from './stack';

// `npm run serve` (scripts/serve.sh prepares WordPress, the packages and the build, then runs this):
// the production stack on this machine until Ctrl-C. A worker that dies is started again; while it
// is down Varnish's health probe has already taken it out of the rotation.

const number = (name: string, fallback: number) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    console.error(`[serve] ${name} must be a whole number above 0 (got "${value}")`);
    process.exit(2);
  }
  return parsed;
};

async function main() {
  const options = {
    port: number('PORT', 3000),
    workers: number('PRESSFRONT_WORKERS', availableParallelism()),
    workerPort: number('PRESSFRONT_WORKER_PORT', 4001),
    redisPort: number('PRESSFRONT_REDIS_PORT', 6390),
    edgeSeconds: number('PRESSFRONT_EDGE_CACHE_SECONDS', 3600),
    stateDir: path.join(__dirname, '..', '..', '.pressfront', 'stack'),
    env: Object.fromEntries(
      Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
    ),
  };
  console.log(`[serve] starting Redis, ${options.workers} workers and Varnish (logs in ${options.stateDir})`);
  const stack = await startStack(options);
  let stopping = false;
  const watch = (worker: Worker, i: number) => {
    void worker.process.exited.then(async (code) => {
      if (stopping) return;
      console.error(`[serve] worker ${i + 1} (port ${worker.port}) exited with ${code}; starting it again`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      if (stopping) return;
      const again = await startWorker({
        port: worker.port,
        env: stack.workerEnv,
        logDir: path.join(options.stateDir, 'workers'),
      }).catch((error: unknown) => {
        console.error(`[serve] worker ${i + 1} did not start again: ${String(error)}`);
        return null;
      });
      if (again) {
        stack.workers[i] = again;
        watch(again, i);
      }
    });
  };
  stack.workers.forEach(watch);
  console.log('');
  console.log(
    `  Pressfront (readers): ${stack.url}/   (Varnish in front of ${stack.workers.length} workers)`,
  );
  console.log(`  Workers: ${stack.workers.map((w) => w.url).join(' ')}`);
  console.log(`  Redis: ${stack.redis.url}`);
  console.log('');
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('[serve] stopping Varnish, the workers and Redis');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`[serve] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
