// `npm run bench`: prints the figures and saves them as JSON in bench/results/ (git-ignored).
// Speed and memory are measured here, never asserted in tests. See BENCHMARKS.md.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchContentRender } from './content-render';
import { benchRestRequests } from './rest-requests';
import { benchPageWeight } from './page-weight';
import { benchSideBySide } from './side-by-side';
import { benchLighthouse } from './lighthouse';
import { benchMainThread } from './main-thread';
import { benchBuildScaling, wpSh } from './build-scaling';
import { benchStack } from './stack';
import { benchMiss } from './miss';
import { benchWebhookDelivery } from './webhook-delivery';
import { benchDesignCss } from './design-css';
import { benchBackends } from './backends';

// BENCH_LIGHTHOUSE_BUSY=N keeps N cores busy during the Lighthouse part (a slow hour, made).
// BENCH_ONLY=content,rest,miss,load,weight,design,mainthread,lighthouse,build,stack,delivery,backends runs only those parts (all by default).
const only = process.env.BENCH_ONLY?.split(',');
const want = (part: string) => !only || only.includes(part);
// Generated posts behind the demo's (BENCH_POSTS), and the archive sizes the build is timed at.
const benchPosts = Number(process.env.BENCH_POSTS ?? '1000');
const buildSizes = (process.env.BENCH_BUILD_POSTS ?? '100,1000,10000').split(',').map(Number);

async function main() {
  const started = new Date().toISOString();
  console.log(
    `Pressfront benchmarks — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}\n`,
  );

  let builds: Awaited<ReturnType<typeof benchBuildScaling>> | null = null;
  if (want('build')) {
    console.log(
      `Build time and peak memory (every process of \`next build\`), from an empty .next, at ${buildSizes.join(' / ')} generated posts`,
    );
    builds = await benchBuildScaling(buildSizes);
    console.table(
      builds.map((b) => ({
        'generated posts': b.posts,
        'build s': b.seconds,
        'peak RSS MB': b.peakRssMb,
        'REST requests': b.restRequests,
      })),
    );
    const first = builds[0];
    const last = builds[builds.length - 1];
    if (first && last)
      console.log(`largest / smallest build time: ${(last.seconds / first.seconds).toFixed(2)}×\n`);
  }
  // The site the parts that ask WordPress measure: the demo plus BENCH_POSTS generated posts.
  const readsWordPress = ['rest', 'miss', 'load', 'weight', 'mainthread', 'lighthouse', 'stack'].some(want);
  if (readsWordPress) {
    wpSh('reset');
    console.log(wpSh('generate', String(benchPosts)).trim() + ' (behind the demo content)\n');
  }

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

  let rest: Awaited<ReturnType<typeof benchRestRequests>> = [];
  if (want('rest')) {
    console.log(
      '\nUncached cost per page type: REST requests and bytes from WordPress, time to first byte (fresh server each, counting proxy)',
    );
    rest = await benchRestRequests();
    console.table(
      Object.fromEntries(
        rest.map((r) => [
          r.page,
          {
            path: r.path,
            status: r.status,
            requests: r.requests,
            'REST kB': Math.round(r.restBytes / 102.4) / 10,
            'TTFB ms': r.ttfbMs,
          },
        ]),
      ),
    );
  }

  let miss: Awaited<ReturnType<typeof benchMiss>> | null = null;
  if (want('miss')) {
    console.log(
      '\nA miss side by side: posts never rendered, Pressfront (warm, no kept pages) vs WordPress rendering them itself (its default block theme), both on nginx + php-fpm, in turns',
    );
    miss = await benchMiss();
    console.table({
      Pressfront: {
        'TTFB median ms': miss.pressfront.ttfbMedianMs,
        'TTFB p90 ms': miss.pressfront.ttfbP90Ms,
        'page median ms': miss.pressfront.pageMedianMs,
      },
      WordPress: {
        'TTFB median ms': miss.wordpress.ttfbMedianMs,
        'TTFB p90 ms': miss.wordpress.ttfbP90Ms,
        'page median ms': miss.wordpress.pageMedianMs,
      },
      'Pressfront, reads cached (render only)': {
        'TTFB median ms': miss.renderOnly.ttfbMedianMs,
        'TTFB p90 ms': miss.renderOnly.ttfbP90Ms,
        'page median ms': miss.renderOnly.pageMedianMs,
      },
      'long-form post, render only': {
        'TTFB median ms': miss.longFormRenderOnly.ttfbMedianMs,
        'TTFB p90 ms': miss.longFormRenderOnly.ttfbP90Ms,
        'page median ms': miss.longFormRenderOnly.pageMedianMs,
      },
    });
    console.log(
      `${miss.posts} posts; REST requests per miss: median ${miss.requestsMedian}, most ${miss.requestsMax} (first: ${miss.firstRoutes.join(', ')}), WordPress answering them: median ${miss.restMedianMs} ms of the miss; Pressfront TTFB / WordPress TTFB: ${(miss.pressfront.ttfbMedianMs / miss.wordpress.ttfbMedianMs).toFixed(2)}×`,
    );
  }

  let sideBySide: Awaited<ReturnType<typeof benchSideBySide>> | null = null;
  if (want('load')) {
    console.log(
      '\nSide by side: A Pressfront (next start) · B WordPress + its default block theme (nginx, php-fpm) · C nginx serving A’s HTML as a file',
    );
    sideBySide = await benchSideBySide();
    console.log(
      `wrk, ${sideBySide.seconds} s per run after 2 s of warm-up, interleaved A B C; ${sideBySide.pinned}`,
    );
    const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
    console.table(
      sideBySide.rows.map((r) => ({
        page: r.page,
        conns: r.connections,
        'A req/s': Math.round(r.A.requestsPerSecond),
        'A p50/p99 ms': `${ms(r.A.p50Ms)} / ${ms(r.A.p99Ms)}`,
        'B req/s': Math.round(r.B.requestsPerSecond),
        'B p50/p99 ms': `${ms(r.B.p50Ms)} / ${ms(r.B.p99Ms)}`,
        'C req/s': Math.round(r.C.requestsPerSecond),
        'C p50/p99 ms': `${ms(r.C.p50Ms)} / ${ms(r.C.p99Ms)}`,
        'A/B': (r.A.requestsPerSecond / r.B.requestsPerSecond).toFixed(2),
        'A/C': (r.A.requestsPerSecond / r.C.requestsPerSecond).toFixed(3),
        errors: `${r.A.errors}/${r.B.errors}/${r.C.errors}`,
      })),
    );
    console.log(`Pressfront server RSS after the load: ${sideBySide.pressfrontRssMb} MB`);
  }

  let weight: Awaited<ReturnType<typeof benchPageWeight>> | null = null;
  if (want('weight')) {
    console.log(
      '\nPage weight in Chromium (bytes as served, gzip), and whether the page works with JavaScript off',
    );
    weight = await benchPageWeight();
    console.table(
      weight.map((w) => ({
        theme: w.theme,
        page: w.page,
        'HTML kB': w.htmlKb,
        'CSS kB': w.cssKb,
        'JS kB': w.jsKb,
        'other kB': w.otherKb,
        requests: w.requests,
        'works without JS': w.worksWithoutJs ? 'yes' : 'NO',
      })),
    );
  }

  let mainThread: Awaited<ReturnType<typeof benchMainThread>> | null = null;
  if (want('mainthread')) {
    console.log('\nMain-thread script time of a first visit, CPU 4× slower, median of 5 (show theme)');
    mainThread = await benchMainThread();
    console.table(
      mainThread.map((m) => ({ page: m.page, 'script ms': m.scriptMs, 'all tasks ms': m.taskMs })),
    );
  }

  let lighthouseRows: Awaited<ReturnType<typeof benchLighthouse>>['rows'] | null = null;
  let secondPages: Awaited<ReturnType<typeof benchLighthouse>>['secondPages'] | null = null;
  if (want('lighthouse')) {
    console.log(
      '\nLighthouse mobile (simulated slow 4G, mid-range phone), a first visit each run (fresh browser), median of 3, Debian Chromium',
    );
    const audited = await benchLighthouse();
    lighthouseRows = audited.rows;
    console.table(
      lighthouseRows.map((l) => ({
        theme: l.theme,
        pages: l.pages,
        page: l.page,
        perf: l.performance,
        a11y: l.accessibility,
        'best pr.': l.bestPractices,
        seo: l.seo,
        'LCP ms': l.lcpMs,
        CLS: l.cls,
        'TBT ms': l.tbtMs,
        'HTML kB': l.htmlKb,
        'CSS kB': l.cssKb,
        'JS kB': l.jsKb,
        'font kB': l.fontKb,
        'first visit kB (HTML+CSS+JS)': Math.round((l.htmlKb + l.cssKb + l.jsKb) * 10) / 10,
      })),
    );
    console.log(
      '\nA reader’s second page, home → long-form post (click to heading shown), Chromium, median of 7',
    );
    console.table(audited.secondPages);
    secondPages = audited.secondPages;
    const failing = [...new Set(lighthouseRows.flatMap((l) => l.failing))];
    if (failing.length > 0) console.log(`audits losing points: ${failing.join(', ')}`);
  }

  let stack: Awaited<ReturnType<typeof benchStack>> | null = null;
  if (want('stack')) {
    console.log(
      '\nThe production stack (npm run serve): Varnish in front of the workers, Redis as their data cache',
    );
    stack = await benchStack();
    const s = stack;
    const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
    console.log(
      `pinned: ${Object.entries(s.pinning)
        .map(([name, cpus]) => `${name} → core ${cpus}`)
        .join(', ')} (Varnish and nginx unpinned)`,
    );
    console.table({
      'Varnish, cached post, 32 conns, no gzip asked': {
        'req/s': Math.round(s.cached.varnishPlain.requestsPerSecond),
        'p50/p99 ms': `${ms(s.cached.varnishPlain.p50Ms)} / ${ms(s.cached.varnishPlain.p99Ms)}`,
        errors: s.cached.varnishPlain.errors,
      },
      'Varnish, cached post, 32 conns': {
        'req/s': Math.round(s.cached.varnish.requestsPerSecond),
        'p50/p99 ms': `${ms(s.cached.varnish.p50Ms)} / ${ms(s.cached.varnish.p99Ms)}`,
        errors: s.cached.varnish.errors,
      },
      'nginx, same file, 32 conns': {
        'req/s': Math.round(s.cached.nginx.requestsPerSecond),
        'p50/p99 ms': `${ms(s.cached.nginx.p50Ms)} / ${ms(s.cached.nginx.p99Ms)}`,
        errors: s.cached.nginx.errors,
      },
      [`Varnish, 200 readers, ${s.load200.seconds} s`]: {
        'req/s': Math.round(s.load200.requestsPerSecond),
        'p50/p99 ms': `${ms(s.load200.p50Ms)} / ${ms(s.load200.p99Ms)}`,
        errors: s.load200.errors,
      },
    });
    console.log(`Varnish / nginx: ${s.cached.ratio.toFixed(2)}`);
    console.table({
      [`${s.uncached.nWorkers.workers} workers`]: {
        's for all': s.uncached.nWorkers.seconds,
        'req/s': s.uncached.nWorkers.requestsPerSecond.toFixed(1),
        'CPU per core %': s.uncached.nWorkers.cpuPerCore.join(' / '),
        errors: s.uncached.nWorkers.errors,
      },
      '1 worker': {
        's for all': s.uncached.oneWorker.seconds,
        'req/s': s.uncached.oneWorker.requestsPerSecond.toFixed(1),
        'CPU per core %': s.uncached.oneWorker.cpuPerCore.join(' / '),
        errors: s.uncached.oneWorker.errors,
      },
    });
    console.log(
      `uncached: ${s.uncached.posts} posts once each, ${s.uncached.concurrency} at a time; N / 1 worker: ${s.uncached.ratio.toFixed(2)}×`,
    );
    for (const run of [s.uncached.nWorkers, s.uncached.oneWorker]) {
      const by = Object.entries(run.cpuSecondsBy).map(([name, seconds]) => `${name} ${seconds}`);
      console.log(`  CPU seconds, ${run.workers} worker(s): ${by.join(', ')}`);
    }
    console.log(`publish-to-visible, edge and every worker: ${s.publishMs.join(', ')} ms`);
    console.log(
      `WordPress down ${s.outage.seconds} s: ${s.outage.requests} requests for pages seen before, ${s.outage.errors} errors, ${s.outage.non200} not 200; a page never seen: ${s.outage.unseenStatus}`,
    );
    console.log(
      `memory (RSS MB): ${Object.entries(s.memoryMb)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }

  let delivery: Awaited<ReturnType<typeof benchWebhookDelivery>> | null = null;
  if (want('delivery')) {
    console.log(
      '\nThe plugin’s revalidation webhook to N frontends that each answer after 100 ms (median of 5): one after the other through wp_remote_post, and at once as the plugin sends it',
    );
    delivery = await benchWebhookDelivery();
    console.table(
      Object.fromEntries(
        delivery.map((d) => [
          `${d.frontends} frontend${d.frontends === 1 ? '' : 's'}`,
          { 'one after the other (ms)': d.sequentialMs, 'at once (ms)': d.parallelMs },
        ]),
      ),
    );
  }

  let design: Awaited<ReturnType<typeof benchDesignCss>> | null = null;
  if (want('design')) {
    design = await benchDesignCss();
    const kb = (s: { bytes: number; gzip: number }) =>
      `${(s.bytes / 1024).toFixed(1)} (${(s.gzip / 1024).toFixed(1)})`;
    console.log(
      `\nThe site design's CSS side by side, kB (gzipped): WordPress's own page (its PHP theme) and Pressfront's (theme ${design.theme}); one stylesheet of the whole design would be ${kb(design.wholeDesign)}`,
    );
    console.table(
      Object.fromEntries(
        design.rows.map((r) => [
          r.page,
          {
            'WordPress: all CSS': kb(r.wordpressCss),
            'of it global styles + block supports': kb(r.wordpressDesign),
            'Pressfront: all CSS': kb(r.pressfrontCss),
            'of it the page’s design': kb(r.pressfrontDesign),
            'contentCss ms': r.contentCssMs,
          },
        ]),
      ),
    );
  }

  let backends: Awaited<ReturnType<typeof benchBackends>> | null = null;
  if (want('backends')) {
    console.log(
      '\nThe two embedded WordPresses side by side (backend/wp.sh), each in a state folder of its own: start from nothing (install + seed; downloads already here) and again, a miss (a post never rendered, site-wide reads cached), the e2e smoke set',
    );
    backends = await benchBackends();
    console.table(
      Object.fromEntries(
        Object.entries(backends.backends).map(([name, b]) => [
          name,
          {
            'cold start s': b.coldStartS,
            'warm start s': b.warmStartS,
            'miss median ms': b.missMedianMs,
            'miss p90 ms': b.missP90Ms,
            'one REST post ms': b.restMedianMs,
            'smoke set s': b.smokeSetS,
          },
        ]),
      ),
    );
    console.log('\nWordPress Playground by its PHP workers (PRESSFRONT_WP_WORKERS), a REST post by slug');
    console.table(
      Object.fromEntries(
        backends.workers.map((w) => [
          `${w.workers} worker${w.workers === 1 ? '' : 's'}`,
          { 'one at a time, median ms': w.oneAtATimeMs, '8 at once, ms': w.eightAtOnceMs, 'RSS MB': w.rssMb },
        ]),
      ),
    );
  }

  // The seeded site again, without the generated posts.
  if (readsWordPress || want('build')) wpSh('reset');
  const dir = path.join(__dirname, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `bench-${started.replace(/[:.]/g, '-')}.json`);
  await writeFile(
    file,
    JSON.stringify(
      {
        started,
        machine: { cores: os.cpus().length, node: process.version },
        generatedPosts: benchPosts,
        builds,
        content,
        rest,
        miss,
        backends,
        sideBySide,
        weight,
        design,
        mainThread,
        lighthouse: lighthouseRows,
        secondPages,
        stack,
        delivery,
      },
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
