/**
 * Stable identities and a fixed calendar for the demo story. Every demo row's id is a UUID v5 of a
 * readable label, so a second seed run recognises its rows and `createMany({ skipDuplicates })`
 * adds only what is missing, without overwriting anything a person has since changed.
 */
import { createHash } from "node:crypto";
import { v5 as uuidv5 } from "uuid";

const DEMO_NAMESPACE = "4b7f0c8e-2d1a-5e63-9a0f-6c3d8b2e1f47";

/** e.g. demoId("turkana/document/financial-model/v3"); the label is the row's natural key in the story. */
export function demoId(label: string): string {
  return uuidv5(label, DEMO_NAMESPACE);
}

/** "Today" in the story; fixed, so dates never drift between runs. */
export const STORY_TODAY = new Date("2026-11-24T12:00:00Z");

const DAY_MS = 86_400_000;

/** A moment relative to story today: daysAgo(3, 14.5) is three days earlier at 14:30 UTC. */
export function daysAgo(days: number, hourUtc = 9): Date {
  const midnight = Date.UTC(STORY_TODAY.getUTCFullYear(), STORY_TODAY.getUTCMonth(), STORY_TODAY.getUTCDate());
  return new Date(midnight - days * DAY_MS + hourUtc * 3_600_000);
}

export function daysFromNow(days: number, hourUtc = 9): Date {
  return daysAgo(-days, hourUtc);
}

/** A DATE column value (midnight UTC). */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function sha256Hex(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Deterministic noise in [-1, 1] for a label, so generated series are identical on every run. */
export function noise(label: string): number {
  return (parseInt(sha256Hex(label).slice(0, 8), 16) / 0xffffffff) * 2 - 1;
}
