import type { KpiStanding } from "./kpi-variance";

/** Safe for client components: decimals as strings, dates as ISO days. */
export type KpiActualDto = {
  period: string;
  periodEnd: string;
  value: string;
  variancePct: string | null;
  standing: KpiStanding;
  note: string | null;
  reportedAt: string;
};

export type KpiTargetDto = {
  id: string;
  metricName: string;
  label: string;
  unit: string;
  targetValue: string;
  tolerancePct: string;
  direction: "higher_is_better" | "lower_is_better";
  frequency: "monthly" | "quarterly" | "annual";
  actuals: KpiActualDto[];
  openRequests: { period: string; dueDate: string; overdue: boolean }[];
};

export type AllyKpiRequestDto = {
  id: string;
  investorName: string;
  project: { id: string; name: string };
  metricName: string;
  label: string;
  unit: string;
  targetValue: string;
  tolerancePct: string;
  direction: "higher_is_better" | "lower_is_better";
  period: string;
  dueDate: string;
  overdue: boolean;
  fulfilledAt: string | null;
  actual: { value: string; variancePct: string | null; standing: KpiStanding } | null;
};
