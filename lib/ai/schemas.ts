import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";

export const rateAiOutputSchema = z.object({
  entityType: z.enum(["SignalScore", "ImprovementQuest"]),
  entityId: z.uuid("Unknown output."),
  rating: z.union([z.literal(1), z.literal(-1)], "Choose thumbs up or thumbs down."),
  comment: z.string().trim().max(2_000, "Keep the comment under 2,000 characters.").refine(hasNoNul, NUL_MESSAGE).optional(),
});
