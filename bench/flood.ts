// Hostile traffic against the stack (issue: "the origin is never overrun"): one client flooding
// what no cache answers (random searches and unknown paths, 32 connections, from its own loopback
// address) while a reader reads pages the edge keeps and an editor saves a post in wp-admin — and
// the same reader and editor without the flood. Figures: the reader's p50/p99, the editor's save
// times, what the flood was answered (429: limited at the edge; 503: shed by the bound on
// WordPress), and what reached WordPress (its load meter: requests, most at once, by whom).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  EditorSession,
  flood,
  type FloodResult,
  quantile,
  readPages,
  wordpressLoad,
  type WordPressLoad,
} from '../scripts/stack/flood';

const ROOT = path.join(__dirname, '..');

export interface FloodPhase {
  seconds: number;
  reader: {
    pages: number;
    p50Ms: number;
    p99Ms: number;
    maxMs: number;
    byStatus: Record<number, number>;
    byCache: Record<string, number>;
  };
  editorSavesMs: number[];
  editorSaveStatuses: number[];
  wordpress: WordPressLoad;
  flood: FloodResult | null;
}

export interface FloodBench {
  quiet: FloodPhase;
  flooded: FloodPhase;
}

const round = (n: number) => Math.round(n * 10) / 10;

async function phase(
  edgeUrl: string,
  wordpressUrl: string,
  editor: EditorSession,
  postId: number,
  pages: string[],
  { seconds, withFlood }: { seconds: number; withFlood: boolean },
): Promise<FloodPhase> {
  for (const page of pages) await fetch(`${edgeUrl}${page}`).then((r) => r.arrayBuffer());
  await wordpressLoad(wordpressUrl, true);
  const until = performance.now() + seconds * 1000;
  const attack = withFlood
    ? flood({
        url: edgeUrl,
        connections: 32,
        durationMs: seconds * 1000,
        maxRequests: 100_000,
        localAddress: '127.0.0.2',
      })
    : Promise.resolve(null);
  const reader = readPages(edgeUrl, pages, () => performance.now() >= until);
  const saves: { ms: number; status: number }[] = [];
  // An editor saving every two seconds or so: each save is timed from the editor's side.
  while (performance.now() < until - 500) {
    saves.push(await editor.savePost(postId, { excerpt: `Saved at ${Date.now()}` }));
    const pause = Math.min(2_000, until - performance.now());
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  const [floodResult, read] = await Promise.all([attack, reader]);
  const wordpress = await wordpressLoad(wordpressUrl);
  return {
    seconds,
    reader: {
      pages: read.ms.length,
      p50Ms: round(quantile(read.ms, 0.5)),
      p99Ms: round(quantile(read.ms, 0.99)),
      maxMs: round(Math.max(...read.ms)),
      byStatus: read.byStatus,
      byCache: read.byCache,
    },
    editorSavesMs: saves.map((save) => Math.round(save.ms)),
    editorSaveStatuses: saves.map((save) => save.status),
    wordpress,
    flood: floodResult,
  };
}

/** The flood and its quiet twin, through `edgeUrl`, saving the post `slug` as the administrator. */
export async function benchFlood(
  edgeUrl: string,
  wordpressUrl: string,
  slug: string,
  pages: string[],
): Promise<FloodBench> {
  const seconds = Number(process.env.BENCH_STACK_FLOOD_SECONDS ?? '20');
  const password = readFileSync(path.join(ROOT, '.pressfront', 'admin-password.txt'), 'utf8').trim();
  const editor = await EditorSession.logIn(wordpressUrl, 'admin', password);
  const [post] = (await (
    await fetch(`${wordpressUrl}/wp-json/wp/v2/posts?slug=${slug}&_fields=id`)
  ).json()) as { id: number }[];
  if (!post) throw new Error(`no post ${slug}`);
  const quiet = await phase(edgeUrl, wordpressUrl, editor, post.id, pages, { seconds, withFlood: false });
  const flooded = await phase(edgeUrl, wordpressUrl, editor, post.id, pages, { seconds, withFlood: true });
  return { quiet, flooded };
}

/** One line per phase, for the bench's report. */
export function describeFlood(name: string, bench: FloodBench): string[] {
  const line = (label: string, p: FloodPhase) => {
    const saves = p.editorSavesMs;
    const flooded = p.flood
      ? `; flood ${p.flood.sent} requests (${round(p.flood.sent / p.flood.seconds)}/s): ${JSON.stringify(p.flood.byStatus)}`
      : '';
    return `  ${name}, ${label} (${p.seconds} s): reader p50 ${p.reader.p50Ms} ms, p99 ${p.reader.p99Ms} ms, ${JSON.stringify(p.reader.byStatus)}; editor saves median ${Math.round(quantile(saves, 0.5))} ms, max ${Math.max(...saves)} ms; WordPress ${JSON.stringify(p.wordpress.total)} requests, at most ${JSON.stringify(p.wordpress.most)} at once${flooded}`;
  };
  return [line('quiet', bench.quiet), line('flooded', bench.flooded)];
}
