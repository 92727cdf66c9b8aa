import type { CovenantOperator } from "./covenant-metrics";

export type CovenantDraft = { name?: string; metricName?: string; operator?: CovenantOperator; thresholdBreach?: string; notes?: string };

/** Words in a risk or assumption that point at a metric someone reports, and which side of a level is safe. */
const CUES: { pattern: RegExp; metricName: string; operator: CovenantOperator; label: string; unit?: "x" | "%" }[] = [
  { pattern: /\bdscr\b|debt service cover/i, metricName: "dscr", operator: ">=", label: "DSCR", unit: "x" },
  { pattern: /availability/i, metricName: "availability_pct", operator: ">=", label: "Availability", unit: "%" },
  { pattern: /capacity factor/i, metricName: "capacity_factor_pct", operator: ">=", label: "Capacity factor", unit: "%" },
  { pattern: /gearing|leverage|debt[- ]to[- ]equity|senior debt \d/i, metricName: "gearing_pct", operator: "<=", label: "Gearing", unit: "%" },
  { pattern: /capex|cost overrun|overrun/i, metricName: "capex_overrun_pct", operator: "<=", label: "Capex overrun", unit: "%" },
  { pattern: /collection|arrears|receivable/i, metricName: "lease_collection_rate_pct", operator: ">=", label: "Collection rate", unit: "%" },
  { pattern: /curtail|yield|generation|p50|p90|energy/i, metricName: "generation_mwh", operator: ">=", label: "Net generation" },
];

/** Citation markers and quotes are for the screen; the covenant keeps the sentence. */
const clean = (text: string) =>
  text
    .replace(/\s*\[\d+\]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * A covenant drafted from a screening risk or a memo assumption: its text becomes the note, a named
 * metric (DSCR, availability, gearing...) preselects the metric and the safe side, and a level
 * written next to it ("1.25x", "70%") the breach level. Only a draft: the form validates it.
 */
export function suggestCovenant(text: string): CovenantDraft {
  const sentence = clean(text);
  const cue = CUES.find((c) => c.pattern.test(sentence));
  // A level only in the metric's own unit: "2% of P50" is not a generation level.
  const level = cue?.unit ? new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${cue.unit})`, "i").exec(sentence.slice(sentence.search(cue.pattern))) : null;
  return {
    name: cue ? `${cue.label} ${cue.operator} ${level ? `${level[1]}${level[2]}` : "…"}` : sentence.slice(0, 80),
    metricName: cue?.metricName,
    operator: cue?.operator,
    thresholdBreach: level?.[1],
    notes: sentence.slice(0, 2000),
  };
}
