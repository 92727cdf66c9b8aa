import { z } from "zod";
import { FACT_KEYS } from "./fact-rules";

/** What a document analysis returns: facts quoted verbatim with their page. */
export const documentFactsSchema = z.object({
  facts: z
    .array(
      z.object({
        key: z.enum(FACT_KEYS),
        page: z.number().int().min(1),
        excerpt: z.string().min(1).max(500),
        /** The headings the excerpt sits under, when they say what it is about ("Grid Connection Agreement"). */
        headings: z.array(z.string().min(1).max(300)).max(2).optional(),
      }),
    )
    .max(40),
});
export type DocumentFacts = z.infer<typeof documentFactsSchema>;

const criterionSchema = z.object({
  label: z.string().min(1).max(200),
  points: z.number().min(0).max(100),
  maxPoints: z.number().positive().max(100),
  explanation: z.string().min(1).max(600),
  /** Numbers of the sources ([n]) that support the criterion. */
  sources: z.array(z.number().int().positive()).max(12),
});
export type Criterion = z.infer<typeof criterionSchema>;

const dimensionSchema = z.object({ score: z.number().min(0).max(100), criteria: z.array(criterionSchema).min(1).max(12) });
export type DimensionResult = z.infer<typeof dimensionSchema>;

/** The Signal Score's output, from the model or the offline analyser alike. */
export const signalScoreOutputSchema = z.object({
  dimensions: z.object({
    project_viability: dimensionSchema,
    financial_planning: dimensionSchema,
    risk_assessment: dimensionSchema,
    team_strength: dimensionSchema,
    esg: dimensionSchema,
  }),
  narrative: z.string().min(1).max(2_000),
});
export type SignalScoreOutput = z.infer<typeof signalScoreOutputSchema>;

export const requestSignalScoreSchema = z.object({ projectId: z.uuid("Unknown project.") });
