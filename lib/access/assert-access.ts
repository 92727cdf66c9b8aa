import { AppError } from "@/lib/errors/app-error";
import type { AccessRule } from "./access-rule";
import { type AccessSubject, checkAccess } from "./check-access";

/**
 * For actions and route handlers. Another kind of org gets NOT_FOUND, as for another tenant's
 * record; a feature switched off or outside the plan is refused with what to do about it.
 */
export function assertAccess(subject: AccessSubject, rule: AccessRule): void {
  const denial = checkAccess(subject, rule);
  if (!denial) return;
  throw new AppError(denial.reason === "org-type" ? "NOT_FOUND" : "FORBIDDEN", denial.message);
}
