import { processSingleton } from '../util/process-singleton.cjs';

// The data layer's side of the bound on the load the frontends put on WordPress. Every request that
// reaches WordPress is sent through the dispatcher below (fetch's `dispatcher` option, which Node's
// fetch reads and Next.js's passes on): it waits for a place from the gate the server registered
// (server/origin-load/origin-gate.ts: so many at once per worker and, through Redis, per site, with
// a short queue), and holds it until the answer's last byte — as long as WordPress's PHP worker is
// busy with it. What finds no place is not sent: fetch fails with the gate's OriginBusyError as its
// cause, and the page that needed it is the themed 503, or its last good copy.
//
// At the connection, not around the call: a read Next.js's data cache answers never asks for a
// place, and every read Next.js sends WordPress itself — after a miss, in a background refresh of
// a stale answer, after a tag this very request expired — takes one like any other.

/** What the frontends call themselves to WordPress, on every request they send it. */
export const USER_AGENT = 'Pressfront (headless frontend)';

/** Where places come from: the server's gate. `enter` resolves with the place's release. */
export interface OriginGate {
  /** Rejects with OriginBusyError when no place is free within the queue's wait. */
  enter(): Promise<() => unknown>;
}

/** The part of an undici dispatcher fetch uses: Node's own Agent, which we put requests on. */
interface Dispatcher {
  dispatch(options: unknown, handler: Handler): boolean;
}

/** fetch's callbacks for one request; which are called when is the Agent's business. */
type Handler = Record<PropertyKey, unknown>;

/** Node's fetch keeps its Agent here (undici's global dispatcher). */
const NODE_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/** The callbacks after which the request is over: the whole answer in, or failed. */
const LAST_CALLBACKS = new Set<PropertyKey>(['onComplete', 'onError', 'onResponseEnd', 'onResponseError']);

const gate = () => processSingleton('wordpress.origin-gate', () => ({ current: null as OriginGate | null }));

/** Bounds every later request to WordPress by `origin` (null: unbounded, as in unit tests). */
export function boundOriginBy(origin: OriginGate | null): void {
  gate().current = origin;
}

/** `handler`, giving the place back once (on the last callback, or if the request never starts). */
function releasing(handler: Handler, leave: () => unknown): Handler {
  let left = false;
  const once = () => {
    if (left) return;
    left = true;
    leave();
  };
  return new Proxy(handler, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (!LAST_CALLBACKS.has(property)) return value.bind(target) as unknown;
      return (...args: unknown[]) => {
        once();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Fails a request that was never sent, in whichever handler style fetch gave us. */
function fail(handler: Handler, error: unknown): void {
  if (typeof handler.onError === 'function') (handler.onError as (e: unknown) => void)(error);
  else if (typeof handler.onResponseError === 'function')
    (handler.onResponseError as (c: unknown, e: unknown) => void)(null, error);
}

const dispatcher = (): Dispatcher =>
  processSingleton('wordpress.origin-dispatcher', () => ({
    dispatch(options: unknown, handler: Handler): boolean {
      const node = (globalThis as unknown as Record<symbol, Dispatcher | undefined>)[NODE_DISPATCHER];
      if (!node) {
        fail(handler, new Error('Node’s fetch dispatcher is not there'));
        return false;
      }
      const origin = gate().current;
      if (!origin) return node.dispatch(options, handler);
      origin.enter().then(
        (leave) => {
          const request = releasing(handler, leave);
          try {
            node.dispatch(options, request);
          } catch (error) {
            // Refused before it started: its last callback will never come.
            leave();
            fail(handler, error);
          }
        },
        (busy: unknown) => fail(handler, busy),
      );
      return true;
    },
  }));

/**
 * fetch's `dispatcher` option for a request to WordPress: sent once it has a place, which it holds
 * until its answer is in. (Typed loosely: Node's fetch takes any object with `dispatch`.)
 */
export function originDispatcher(): never {
  return dispatcher() as never;
}
