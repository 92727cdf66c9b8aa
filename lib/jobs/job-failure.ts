import { ZodError } from "zod";
import { isAppError } from "@/lib/errors/app-error";

/** A failure that another attempt cannot fix (a bad payload, a file over a limit): fail at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}

export type JobFailure = { message: string; retriable: boolean };

/**
 * What a failed attempt means for the run, and the message stored with it. AppErrors carry user
 * wording and are deterministic; a payload that fails its schema will fail again. Anything else
 * (a dropped connection, a restarted database) is worth another attempt.
 */
export function describeJobFailure(error: unknown): JobFailure {
  if (error instanceof PermanentJobError) return { message: error.message, retriable: false };
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return { message: `The event's data is invalid${issue ? ` (${issue.path.join(".") || "payload"}: ${issue.message})` : ""}.`, retriable: false };
  }
  if (isAppError(error)) return { message: error.message, retriable: false };
  return { message: error instanceof Error ? error.message : String(error), retriable: true };
}
