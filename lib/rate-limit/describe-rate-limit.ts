import type { RateLimitScope, RateLimitWindow } from "./buckets";

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** "a minute", "every 10 minutes", "every 30 seconds". */
export function describeWindow(durationSeconds: number): string {
  if (durationSeconds === 60) return "a minute";
  if (durationSeconds % 60 === 0) return `every ${plural(durationSeconds / 60, "minute")}`;
  return `every ${plural(durationSeconds, "second")}`;
}

/** Seconds up to a minute and a half, then whole minutes rounded up: "in 42 seconds", "in 3 minutes". */
export function describeWait(seconds: number): string {
  return seconds <= 90 ? `in ${plural(seconds, "second")}` : `in ${plural(Math.ceil(seconds / 60), "minute")}`;
}

/** The message a person reads when a limit refuses them: what was counted, whose limit it is, and when to try again. */
export function rateLimitMessage(input: { what: string; scope: RateLimitScope; window: RateLimitWindow; planLabel: string; retryAfterSeconds: number }): string {
  const limit = `${input.window.points} ${input.what} ${describeWindow(input.window.durationSeconds)}`;
  const retry = `Try again ${describeWait(input.retryAfterSeconds)}.`;
  if (input.scope === "org") return `Your organisation has reached the ${input.planLabel} plan's limit of ${limit}. ${retry}`;
  if (input.scope === "user") return `You have reached your limit of ${limit}. ${retry}`;
  return `Too many ${input.what} from your network (the limit is ${limit}). ${retry}`;
}
