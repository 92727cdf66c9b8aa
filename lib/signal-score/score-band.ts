/**
 * How a 0-100 score reads: one scale for the gauge, badges and the evidence bars. The colours are
 * also text colours, so each keeps 4.5:1 against white.
 */
export function scoreBand(score: number): { label: string; color: string; tone: "success" | "info" | "warning" | "danger" } {
  if (score >= 80) return { label: "Investment ready", color: "#137333", tone: "success" };
  if (score >= 65) return { label: "Strong", color: "#1d7462", tone: "info" };
  if (score >= 45) return { label: "Developing", color: "#a35a05", tone: "warning" };
  return { label: "Early", color: "#b42318", tone: "danger" };
}
