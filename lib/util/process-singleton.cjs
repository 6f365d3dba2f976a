// One value per server process, however many copies of a module the process loads: Next.js bundles
// routes, the proxy and the cache handlers apart, and each bundle evaluates its own copy of a shared
// module — a module-level variable would be one per bundle. The value is kept on globalThis under a
// registered symbol (Symbol.for), which every copy finds. CommonJS, so the cache handlers Next.js
// loads by path (server/cache-handlers/*.cjs) use it as the TypeScript modules do.

/**
 * The process's value for `name` (namespaced "pressfront."), made by `create` on first use.
 * @template T
 * @param {string} name
 * @param {() => T} create
 * @returns {T}
 */
function processSingleton(name, create) {
  const key = Symbol.for(`pressfront.${name}`);
  const holder = /** @type {Record<symbol, T | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (holder[key] === undefined) holder[key] = create();
  return /** @type {T} */ (holder[key]);
}

/**
 * Drops the process's value for `name`, as a restarted process would not have it, and gives it
 * back (tests: to start over, or to close what it holds).
 * @param {string} name
 * @returns {unknown}
 */
function forgetProcessSingleton(name) {
  const key = Symbol.for(`pressfront.${name}`);
  const holder = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  const value = holder[key];
  delete holder[key];
  return value;
}

module.exports = { processSingleton, forgetProcessSingleton };
