const EMPTY = "data:text/javascript,export {};";

/** "server-only" guards Next's client bundles; in the worker process there is no client to guard. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: EMPTY, shortCircuit: true };
  return nextResolve(specifier, context);
}
