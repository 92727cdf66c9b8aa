/**
 * "1312500.0000" -> "1,312,500.00"; "0.1234" -> "0.1234". Pure string work on the decimal the
 * server sent, so nothing is rounded through a float: at least 2 decimals, more only when stored.
 */
export function formatAmount(amount: string): string {
  const negative = amount.startsWith("-");
  const [whole, fraction = ""] = amount.replace(/^[-+]/, "").split(".");
  const decimals = fraction.replace(/0+$/, "").padEnd(2, "0");
  const grouped = whole.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "−" : ""}${grouped}.${decimals}`;
}

export type VarianceTone = "over" | "under" | "even";

/** Over budget when actual exceeds the estimate; read from the sign of the decimal string. */
export function varianceTone(variance: string): VarianceTone {
  if (/^-?0*(\.0*)?$/.test(variance)) return "even";
  return variance.startsWith("-") ? "under" : "over";
}

/** "+62,500.00" / "−62,500.00" / "0.00". */
export function formatSignedAmount(amount: string): string {
  const tone = varianceTone(amount);
  return tone === "over" ? `+${formatAmount(amount)}` : formatAmount(amount);
}

/** "5.0" -> "+5.0%", "-3.2" -> "−3.2%". */
export function formatSignedPct(pct: string): string {
  const tone = varianceTone(pct);
  return `${tone === "over" ? "+" : ""}${pct.replace(/^-/, "−")}%`;
}
