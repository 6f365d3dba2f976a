// Who wants to know what the data layer read. The page cache (server/page-cache/render-log.ts) must
// learn the cache tags each render read, and whether WordPress failed during it, to know which
// pages it may keep and which to drop — but the data layer does not know the page cache: it tells
// whoever registered. Registrations live on globalThis under a registered symbol, because the
// proxy, the routes and the instrumentation hook are bundled apart but run in one Node process.

import { log } from '../log';
import { processSingleton } from '../util/process-singleton.cjs';

export interface ReadObserver {
  /** A read answered with these cache tags; `personal` when it was for this reader only. */
  read(tags: string[], personal: boolean): void | Promise<void>;
  /** WordPress failed (down, slow, an error, garbage) during this render. */
  upstreamFailed(): void | Promise<void>;
}

const observers = () => processSingleton('wordpress.read-observers', () => new Map<string, ReadObserver>());

/** Registers (or replaces) the observer called `name`. */
export function observeReads(name: string, observer: ReadObserver): void {
  observers().set(name, observer);
}

// An observer's failure is its own: a read never fails because someone was listening.
const quietly = async (call: () => void | Promise<void>) => {
  try {
    await call();
  } catch (error) {
    log('error', 'observe', { message: String(error) });
  }
};

export async function tellRead(tags: string[], personal: boolean): Promise<void> {
  await Promise.all([...observers().values()].map((o) => quietly(() => o.read(tags, personal))));
}

export async function tellUpstreamFailure(): Promise<void> {
  await Promise.all([...observers().values()].map((o) => quietly(() => o.upstreamFailed())));
}
