/**
 * When to collect garbage in a server that has gone quiet. V8 collects when allocating, so a
 * server that stops getting requests after a burst keeps the burst's garbage, hundreds of MB of
 * resident memory, until the next burst. One full collection once the event loop has been idle
 * for a couple of seconds gives it back, at a moment no request waits for it.
 */
export type IdleCollectionOptions = {
  /** Event-loop utilisation (0..1) under which a one-second tick counts as quiet. */
  quietBelow: number;
  /** Quiet ticks in a row before collecting: a pause between two requests is not idleness. */
  quietTicks: number;
  /** Heap growth since the last collection worth a full collection; less is left to V8. */
  minGrowthBytes: number;
};

export const IDLE_COLLECTION_DEFAULTS: IdleCollectionOptions = { quietBelow: 0.05, quietTicks: 2, minGrowthBytes: 64 * 1024 * 1024 };

export type IdleCollectionState = { quietTicks: number; heapAfterLastCollection: number };
export type IdleSample = { loopUtilization: number; heapUsedBytes: number };

/** One tick: whether to collect now, and the state for the next tick (its heap baseline is set by the caller after collecting). */
export function nextIdleCollection(
  state: IdleCollectionState,
  sample: IdleSample,
  options: IdleCollectionOptions = IDLE_COLLECTION_DEFAULTS,
): { collect: boolean; state: IdleCollectionState } {
  const quietTicks = sample.loopUtilization < options.quietBelow ? state.quietTicks + 1 : 0;
  // The heap may also shrink by V8's own collections: the baseline follows it down.
  const heapAfterLastCollection = Math.min(state.heapAfterLastCollection, sample.heapUsedBytes);
  const collect = quietTicks >= options.quietTicks && sample.heapUsedBytes - heapAfterLastCollection >= options.minGrowthBytes;
  return { collect, state: { quietTicks: collect ? 0 : quietTicks, heapAfterLastCollection } };
}
