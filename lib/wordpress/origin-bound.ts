import { getConfig } from '../config';
import { processSingleton } from '../util/process-singleton.cjs';

// The data layer's side of the bound on the load the frontends put on WordPress. Every request that
// reaches WordPress is sent through the dispatcher below (fetch's `dispatcher` option, which Node's
// fetch reads and Next.js's passes on): it waits for a place from the gate the server registered
// (server/origin-load/origin-gate.ts: so many at once per worker and, through Redis, per site, with
// a short queue), and holds it until the answer's last byte — as long as WordPress's PHP worker is
// busy with it, and no longer than WORDPRESS_TIMEOUT_MS. What finds no place is not sent: fetch
// fails with the gate's OriginBusyError as its cause, and the page that needed it is the themed
// 503, or its last good copy.
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

/** The callbacks that hand over the way to abort the request (older and newer undici). */
const START_CALLBACKS = new Set<PropertyKey>(['onConnect', 'onRequestStart']);

/**
 * `handler`, giving the place back once (on the last callback), and aborting the request if it
 * outlasts `timeoutMs`: Next.js refreshes a stale answer in the background without the caller's
 * signal, and a request WordPress never finishes must not keep a place for ever.
 */
function releasing(handler: Handler, leave: () => unknown, timeoutMs: number): Handler {
  let left = false;
  let timer: NodeJS.Timeout | undefined;
  const once = () => {
    if (left) return;
    left = true;
    clearTimeout(timer);
    leave();
  };
  const call = (value: unknown, target: Handler, args: unknown[]) =>
    (value as (...a: unknown[]) => unknown).apply(target, args);
  return new Proxy(handler, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (START_CALLBACKS.has(property))
        return (...args: unknown[]) => {
          // onConnect(abort) or onRequestStart(controller): either way, a way to stop it.
          const [first] = args;
          const abort =
            typeof first === 'function'
              ? (first as (reason: unknown) => void)
              : (first as { abort?: (reason: unknown) => void } | undefined)?.abort?.bind(first);
          const timeout = new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
          if (abort && !left) timer = setTimeout(() => abort(timeout), timeoutMs);
          return call(value, target, args);
        };
      if (!LAST_CALLBACKS.has(property)) return value.bind(target) as unknown;
      return (...args: unknown[]) => {
        once();
        return call(value, target, args);
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
          const request = releasing(handler, leave, getConfig().timeoutMs);
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
