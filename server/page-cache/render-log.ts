import { headers } from 'next/headers';
import { BoundedMap } from '@/lib/util/bounded-map';
import { observeReads } from '@/lib/wordpress/observe';
import { processSingleton } from '@/lib/util/process-singleton.cjs';

// What one render read from WordPress, told to the proxy that asked for it: the proxy names its
// request with a header, and this log, registered as an observer of the data layer's reads, notes
// under that name the tags of each read and whether WordPress failed. Process memory shared
// through globalThis; the proxy takes the record when the answer is complete.

export const RENDER_ID_HEADER = 'x-pressfront-render';

export interface RenderRecord {
  tags: Set<string>;
  upstreamFailed: boolean;
  /** It read something for this reader only (a password, a draft): never to be kept. */
  personal: boolean;
}

const MAX_OPEN = 5_000;

// Renders that never finish (a dropped connection) must not pile up: the oldest open ones go.
function open(): BoundedMap<string, RenderRecord> {
  return processSingleton('render-log', () => new BoundedMap<string, RenderRecord>({ maxEntries: MAX_OPEN }));
}

export function beginRender(id: string): void {
  open().set(id, { tags: new Set(), upstreamFailed: false, personal: false });
}

export function peekRender(id: string): RenderRecord | undefined {
  return open().peek(id);
}

export function takeRender(id: string): RenderRecord | undefined {
  const records = open();
  const record = records.peek(id);
  records.delete(id);
  return record;
}

/** The record of the render this code runs in, if a proxy is listening; never throws. */
async function current(): Promise<RenderRecord | undefined> {
  try {
    const id = (await headers()).get(RENDER_ID_HEADER);
    return id ? open().peek(id) : undefined;
  } catch {
    // Outside a request (build, scripts, unit tests): nobody to tell.
    return undefined;
  }
}

export async function noteRead(tags: string[], personal: boolean): Promise<void> {
  const record = await current();
  if (!record) return;
  for (const tag of tags) record.tags.add(tag);
  if (personal) record.personal = true;
}

export async function noteUpstreamFailure(): Promise<void> {
  const record = await current();
  if (record) record.upstreamFailed = true;
}

/** Listens to the data layer's reads (instrumentation.ts calls it when the server starts). */
export function observeRenders(): void {
  observeReads('page-cache', { read: noteRead, upstreamFailed: noteUpstreamFailure });
}
