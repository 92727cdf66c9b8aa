import type { CovenantStatus } from "@/lib/db/generated/client";

/** A covenant as pages show it; decimals as strings, dates as ISO. Safe for client components. */
export type CovenantDto = {
  id: string;
  name: string;
  metricName: string;
  metricLabel: string;
  operator: string;
  thresholdBreach: string;
  thresholdWarning: string | null;
  currentValue: string | null;
  status: CovenantStatus;
  lastCheckedAt: string | null;
  breachDate: string | null;
  notes: string | null;
  /** The portfolio's base currency: ledger metrics such as NAV are in it. */
  holding: { id: string; status: string; projectName: string; portfolioId: string; portfolioName: string; currency: string };
  checks: CovenantCheckDto[];
};

export type CovenantCheckDto = {
  id: string;
  checkedAt: string;
  value: string | null;
  status: CovenantStatus;
  previousStatus: CovenantStatus;
  source: string | null;
  detail: string | null;
  checkedBy: string | null;
};

export type CovenantStatusCounts = Record<CovenantStatus, number>;
