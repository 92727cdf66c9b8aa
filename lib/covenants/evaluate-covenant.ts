import { Prisma } from "@/lib/db/generated/client";
import type { CovenantOperator } from "./covenant-metrics";

type DecimalLike = Prisma.Decimal | string | number;

export type CheckedStatus = "OK" | "WARNING" | "BREACH";

type Rule = { operator: CovenantOperator; thresholdBreach: DecimalLike; thresholdWarning: DecimalLike | null };

/**
 * Where a value stands against a covenant. ">=" breaches below the breach level and warns below the
 * (higher) warning level; "<=" the mirror image; "=" breaches on any difference and has no warning.
 * A value exactly at a threshold complies with it.
 */
export function evaluateCovenant(rule: Rule, value: DecimalLike): CheckedStatus {
  const v = new Prisma.Decimal(value);
  const breach = new Prisma.Decimal(rule.thresholdBreach);
  const warning = rule.thresholdWarning === null ? null : new Prisma.Decimal(rule.thresholdWarning);
  switch (rule.operator) {
    case ">=":
      if (v.lt(breach)) return "BREACH";
      return warning && v.lt(warning) ? "WARNING" : "OK";
    case "<=":
      if (v.gt(breach)) return "BREACH";
      return warning && v.gt(warning) ? "WARNING" : "OK";
    case "=":
      return v.eq(breach) ? "OK" : "BREACH";
  }
}

/** Why a warning level does not fit its covenant, or null when it does. */
export function warningLevelProblem(rule: Rule): string | null {
  if (rule.thresholdWarning === null) return null;
  const breach = new Prisma.Decimal(rule.thresholdBreach);
  const warning = new Prisma.Decimal(rule.thresholdWarning);
  if (rule.operator === "=") return "An equality covenant has no warning level: leave it empty.";
  if (rule.operator === ">=" && warning.lt(breach)) return "For a minimum (>=), the warning level must be at or above the breach level.";
  if (rule.operator === "<=" && warning.gt(breach)) return "For a maximum (<=), the warning level must be at or below the breach level.";
  return null;
}
