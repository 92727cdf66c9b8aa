/** How a 0-100 score reads: one scale for the gauge, badges and the evidence bars. */
export function scoreBand(score: number): { label: string; color: string; tone: "success" | "info" | "warning" | "danger" } {
  if (score >= 80) return { label: "Investment ready", color: "#15803d", tone: "success" };
  if (score >= 65) return { label: "Strong", color: "#2a8f78", tone: "info" };
  if (score >= 45) return { label: "Developing", color: "#d98a1f", tone: "warning" };
  return { label: "Early", color: "#b42318", tone: "danger" };
}
