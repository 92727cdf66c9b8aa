import { z } from "zod";
import { DIMENSION_KEYS } from "@/lib/signal-score/dimensions";

const SCORE_STATUSES = ["PENDING", "PROCESSING", "COMPLETED", "FAILED"] as const;

const apiScoreVersionSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    status: z.enum(SCORE_STATUSES),
    overall: z.number().meta({ description: "0-100, two decimals: the dimensions' weighted average." }),
    createdAt: z.iso.datetime(),
    modelVersion: z.string().nullable(),
    narrative: z.string().nullable(),
  })
  .meta({ id: "SignalScoreVersion" });

export const apiSignalScoreSchema = z
  .object({
    projectId: z.uuid(),
    current: apiScoreVersionSchema
      .extend({
        dimensions: z.array(
          z.object({
            key: z.enum(DIMENSION_KEYS),
            label: z.string(),
            weightPct: z.number().int().meta({ description: "The dimension's weight in the overall score, in percent." }),
            score: z.number().meta({ description: "0-100." }),
          }),
        ),
      })
      .nullable()
      .meta({ description: "The newest completed version with its dimensions; null before the first one completes." }),
    running: apiScoreVersionSchema.nullable().meta({ description: "A version still being computed." }),
    failed: apiScoreVersionSchema.nullable().meta({ description: "The newest version, when it failed." }),
  })
  .meta({ id: "SignalScore" });
export type ApiSignalScore = z.output<typeof apiSignalScoreSchema>;
