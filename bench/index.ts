// `npm run bench`: prints the figures and saves them as JSON in bench/results/ (git-ignored).
// Speed and memory are measured here, never asserted in tests. See BENCHMARKS.md.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchContentRender } from './content-render';
import { benchRestRequests } from './rest-requests';

async function main() {
  const started = new Date().toISOString();
  console.log(
    `Pressfront benchmarks — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}\n`,
  );

  const content = benchContentRender();
  console.log('Content pipeline: sanitize + parse + render (show theme elements), one long post');
  console.table({
    post: {
      words: content.words,
      figures: content.figures,
      'input kB': Math.round(content.inputBytes / 1024),
      'output kB': Math.round(content.outputBytes / 1024),
    },
  });
  console.table({
    'sanitize (ms)': content.sanitizeMs,
    'parse + render (ms)': content.renderMs,
    'total (ms)': content.totalMs,
  });

  console.log('\nWordPress REST requests per page type, nothing cached (fresh server each, counting proxy)');
  const rest = await benchRestRequests();
  console.table(
    Object.fromEntries(rest.map((r) => [r.page, { path: r.path, status: r.status, requests: r.requests }])),
  );

  const dir = path.join(__dirname, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `bench-${started.replace(/[:.]/g, '-')}.json`);
  await writeFile(
    file,
    JSON.stringify(
      { started, machine: { cores: os.cpus().length, node: process.version }, content, rest },
      null,
      2,
    ),
  );
  console.log(`\nSaved ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
