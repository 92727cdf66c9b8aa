import { z } from "zod";
import { DEAL_RECOMMENDATIONS } from "./screen-claims";

const claimSchema = z.object({
  text: z.string().min(1).max(600),
  /** Numbers of the sources ([n]) the sentence rests on. */
  citations: z.array(z.number().int().positive()).max(8),
});

/** The screen's output, from the model or the offline analyser alike. */
export const screenOutputSchema = z.object({
  recommendation: z.enum(DEAL_RECOMMENDATIONS),
  overallScore: z.number().min(0).max(100).nullable(),
  rationale: z.string().min(1).max(2_000),
  keyStrengths: z.array(claimSchema).max(12),
  keyRisks: z.array(claimSchema).max(12),
  nextSteps: z.array(claimSchema).max(12),
});

export const screenProjectSchema = z.object({ projectId: z.uuid("Unknown project.") });
