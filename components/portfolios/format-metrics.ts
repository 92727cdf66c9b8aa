import type { IrrDto } from "@/lib/portfolios/portfolio-dtos";

/** "1.2345" -> "1.23x"; no multiple (nothing paid in) -> "—". */
export function formatMultiple(value: string | null): string {
  return value === null ? "—" : `${Number(value).toFixed(2)}x`;
}

export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** An IRR as a person reads it: the rate, or why there is none; a note when other rates fit the flows too. */
export function describeIrr(irr: IrrDto): { value: string; note: string | null } {
  if (irr.kind === "undefined") return { value: "Not defined", note: `Not defined: ${irr.reason}` };
  const others = irr.alsoFits.length ? `Other rates also fit these flows: ${irr.alsoFits.map(formatRate).join(", ")}.` : null;
  return { value: formatRate(irr.rate), note: others };
}

export function formatDayText(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
