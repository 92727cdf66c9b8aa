/** The five Signal Score dimensions, their weights in the overall score, and their columns. */
export const DIMENSIONS = [
  { key: "project_viability", label: "Project viability", weight: 0.25, column: "projectViabilityScore" },
  { key: "financial_planning", label: "Financial planning", weight: 0.25, column: "financialPlanningScore" },
  { key: "risk_assessment", label: "Risk assessment", weight: 0.2, column: "riskAssessmentScore" },
  { key: "team_strength", label: "Team strength", weight: 0.15, column: "teamStrengthScore" },
  { key: "esg", label: "ESG", weight: 0.15, column: "esgScore" },
] as const;

export type DimensionKey = (typeof DIMENSIONS)[number]["key"];
export const DIMENSION_KEYS = DIMENSIONS.map((d) => d.key) as [DimensionKey, ...DimensionKey[]];

/** Weighted average, two decimals (signal_scores.overall_score is NUMERIC(5,2)). */
export function overallScore(scores: Record<DimensionKey, number>): string {
  const total = DIMENSIONS.reduce((sum, d) => sum + scores[d.key] * d.weight, 0);
  return (Math.round(total * 100) / 100).toFixed(2);
}
