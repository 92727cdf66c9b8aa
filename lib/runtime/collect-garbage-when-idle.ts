import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { IDLE_COLLECTION_DEFAULTS, type IdleCollectionOptions, type IdleCollectionState, nextIdleCollection } from "./idle-collection";

const TICK_MS = 1_000;

/**
 * V8's gc() without starting Node with --expose-gc: the flag is switched on just long enough to
 * read the function from a fresh context, as jest-leak-detector does. Null where that is refused.
 */
function exposeGc(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === "function") return existing;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    v8.setFlagsFromString("--no-expose-gc");
    return typeof gc === "function" ? gc : null;
  } catch {
    return null;
  }
}

/**
 * Once a second, samples event-loop utilisation and heap use; after a burst of work followed by
 * quiet (idle-collection.ts), runs one full collection so the process's memory comes back down.
 * The timer never keeps the process alive. Returns a function that stops it.
 */
export function collectGarbageWhenIdle(options: IdleCollectionOptions = IDLE_COLLECTION_DEFAULTS): () => void {
  const gc = exposeGc();
  if (!gc) return () => {};
  const heapUsed = () => v8.getHeapStatistics().used_heap_size;
  let lastLoop = performance.eventLoopUtilization();
  let state: IdleCollectionState = { quietTicks: 0, heapAfterLastCollection: heapUsed() };
  const timer = setInterval(() => {
    const loop = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(loop, lastLoop);
    lastLoop = loop;
    const next = nextIdleCollection(state, { loopUtilization: utilization, heapUsedBytes: heapUsed() }, options);
    state = next.state;
    if (!next.collect) return;
    gc();
    state = { ...state, heapAfterLastCollection: heapUsed() };
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
