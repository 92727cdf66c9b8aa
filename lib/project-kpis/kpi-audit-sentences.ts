import { formatDecimal } from "@/lib/audit/format-audit-value";
import { ent, type SentenceFacts, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { Json, SentencePart } from "@/lib/audit/types";
import { kpiLabel } from "./kpi-metrics";

const kpi = (side: Record<string, Json> | null | undefined) => val(kpiLabel(text(side?.metricName) ?? "a KPI"));
const on = (side: Record<string, Json> | null | undefined) => (text(side?.project) ? [" on ", ent(text(side?.project)!)] : []);
const number = (value: Json | undefined) => (text(value) ? formatDecimal(text(value)!) : "a value");

/** Project KPIs, as the audit log reads them (targets and requests on the investor's side, actuals on the developer's). */
export const KPI_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "kpi_target.set": (f) =>
    sentence(who(f), " set the ", kpi(f.after), " target", ...on(f.after), " to ", val(`${number(f.after?.targetValue)} ${text(f.after?.unit) ?? ""}`.trim())),
  "kpi_target.deleted": (f) => sentence(who(f), " stopped tracking ", kpi(f.before), ...on(f.before)),
  "kpi.actuals_requested": (f) => {
    const metrics = Array.isArray(f.after?.metrics)
      ? f.after.metrics
          .filter((m): m is string => typeof m === "string")
          .map(kpiLabel)
          .join(", ")
      : "KPIs";
    return sentence(who(f), " asked for the ", val(text(f.after?.period) ?? "period's"), " actuals of ", metrics, ...on(f.after));
  },
  "kpi_actual.reported": (f) => sentence(who(f), " reported ", kpi(f.after), " for ", val(text(f.after?.period) ?? "a period"), ": ", val(number(f.after?.value))),
  "kpi_actual.corrected": (f) =>
    sentence(
      who(f),
      " corrected ",
      kpi(f.after),
      " for ",
      val(text(f.after?.period) ?? "a period"),
      " from ",
      val(number(f.before?.value)),
      " to ",
      val(number(f.after?.value)),
    ),
  "kpi_actuals.imported": (f) =>
    sentence(who(f), " reported ", val(`${text(f.after?.rows) ?? "several"} KPI actuals`), " from ", ent(text(f.after?.fileName) ?? "a sheet")),
  "holding.shared": (f) => sentence(who(f), " showed the developer of ", ent(text(f.after?.project) ?? "a project"), " that it holds the project"),
  "holding.unshared": (f) => sentence(who(f), " stopped showing the developer of ", ent(text(f.after?.project) ?? "a project"), " that it holds the project"),
};
