import { AppError } from "@/lib/errors/app-error";

/**
 * Budget lines are kept in the project's currency so totals never add two currencies together
 * (that would need an FX rate we do not have).
 */
export function assertProjectCurrency(projectCurrency: string, currency: string | undefined): void {
  const expected = projectCurrency.trim();
  if (currency === undefined || currency === expected) return;
  const message = `Budget lines are kept in the project currency (${expected}); ${currency} is not accepted. Convert the amount to ${expected}.`;
  throw new AppError("VALIDATION", message, { fieldErrors: { currency: [message] } });
}
