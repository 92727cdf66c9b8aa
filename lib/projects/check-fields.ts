import { AppError, isAppError } from "@/lib/errors/app-error";

/**
 * Runs independent server-side field checks (a slug taken, a cover that is not an image) together,
 * so the form shows every problem at once rather than one per attempt. Errors that name no field
 * propagate unchanged.
 */
export async function checkFields<T extends readonly unknown[]>(checks: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const settled = await Promise.allSettled(checks);
  const fieldErrors: Record<string, string[]> = {};
  for (const outcome of settled) {
    if (outcome.status === "fulfilled") continue;
    const error: unknown = outcome.reason;
    if (!isAppError(error) || !error.fieldErrors) throw error;
    for (const [field, messages] of Object.entries(error.fieldErrors)) (fieldErrors[field] ??= []).push(...messages);
  }
  const first = Object.values(fieldErrors)[0]?.[0];
  if (first) throw new AppError("VALIDATION", first, { fieldErrors });
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
