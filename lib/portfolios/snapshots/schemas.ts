import { z } from "zod";
import { MAX_BACKFILL_DAYS } from "./snapshot-constants";

const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${what} date.`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Enter a real date.");

const spanDays = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** A range of days, both included, of at most ten years; the end not after today (UTC), as a snapshot of a day to come would be a guess. */
export const backfillSnapshotsSchema = z
  .object({ portfolioId: z.uuid(), from: day("first"), to: day("last") })
  .refine((range) => range.from <= range.to, { path: ["to"], message: "The last day is before the first." })
  .refine((range) => range.to <= new Date().toISOString().slice(0, 10), { path: ["to"], message: "The last day is in the future." })
  .refine((range) => spanDays(range.from, range.to) <= MAX_BACKFILL_DAYS, { path: ["from"], message: "Backfill at most ten years at a time." });

export type BackfillSnapshotsInput = z.infer<typeof backfillSnapshotsSchema>;
