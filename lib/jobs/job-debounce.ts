import type { JobPeriod } from "./define-job";

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** "2m" -> 120000: the worker's reading of an Inngest period. */
export function periodToMs(period: JobPeriod): number {
  const unit = period.slice(-1) as keyof typeof UNIT_MS;
  return Number(period.slice(0, -1)) * UNIT_MS[unit];
}

/** The value the debounce key names in a payload (`event.data.projectId` -> data.projectId). */
export function debounceValueOf(key: string, data: unknown): string {
  const field = key.slice("event.data.".length);
  const value = data && typeof data === "object" ? (data as Record<string, unknown>)[field] : undefined;
  return String(value ?? "");
}
