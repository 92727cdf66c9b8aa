/** The stages of an investor's deal pipeline, in order. Database-free, so the board and the chart can import it. */
export const PIPELINE_STAGES = ["sourced", "screening", "diligence", "investment_committee", "closed_won", "closed_lost"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const PIPELINE_STAGE_LABELS: Record<PipelineStage, string> = {
  sourced: "Sourced",
  screening: "Screening",
  diligence: "Diligence",
  investment_committee: "Investment committee",
  closed_won: "Closed won",
  closed_lost: "Closed lost",
};

/** The funnel's steps: every open stage, then the win. A lost deal counts for the stages it reached. */
export const FUNNEL_STAGES: readonly PipelineStage[] = ["sourced", "screening", "diligence", "investment_committee", "closed_won"];

export const PIPELINE_REASON_MAX_LENGTH = 1_000;

export function isPipelineStage(value: string): value is PipelineStage {
  return (PIPELINE_STAGES as readonly string[]).includes(value);
}
