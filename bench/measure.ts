/** Timing helpers for `npm run bench`: warm up, then time each call and report percentiles. */
export type Timing = { p50: number; p95: number; p99: number; mean: number; iterations: number };

/** The value at `fraction` of an ascending list (nearest rank). */
export function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export async function measure(run: () => Promise<unknown>, options: { warmup: number; iterations: number }): Promise<Timing> {
  for (let i = 0; i < options.warmup; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < options.iterations; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    p99: percentile(samples, 0.99),
    mean: samples.reduce((sum, sample) => sum + sample, 0) / samples.length,
    iterations: samples.length,
  };
}
