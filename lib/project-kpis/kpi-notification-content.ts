import { formatDecimal } from "@/lib/audit/format-audit-value";
import type { NotificationContent } from "@/lib/notifications/notification-content";
import { kpiLabel } from "./kpi-metrics";

/** What a request for actuals tells the developer's team. No database here: the seed words them alike. */
export function kpiRequestedContent(facts: {
  investorName: string;
  projectName: string;
  metricNames: string[];
  period: string;
  dueDate: string;
  key: string;
}): NotificationContent {
  const what = facts.metricNames.map(kpiLabel).join(", ");
  return {
    kind: "action_required",
    title: `${facts.investorName} asks for ${facts.projectName}'s ${facts.period} KPIs`,
    message: `${what}: due ${facts.dueDate}. Report them on the KPI requests page.`,
    link: "/kpi-requests",
    sourceKey: `kpi.requested:${facts.key}`,
  };
}

/** What a reported actual tells the investor who asked. */
export function kpiReportedContent(facts: {
  allyName: string;
  projectName: string;
  metricName: string;
  period: string;
  value: string;
  unit: string;
  link: string;
  actualKey: string;
}): NotificationContent {
  return {
    kind: "info",
    title: `${facts.allyName} reported ${kpiLabel(facts.metricName)} for ${facts.projectName}, ${facts.period}`,
    message: `${formatDecimal(facts.value)} ${facts.unit}. Covenants that read it are checked again.`,
    link: facts.link,
    sourceKey: `kpi.reported:${facts.actualKey}`,
  };
}
