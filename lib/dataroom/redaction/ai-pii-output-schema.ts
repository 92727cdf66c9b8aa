import { z } from "zod";
import { PII_TYPES } from "./detect-pii";

/**
 * What the model answers for one chunk of text. Positions are deliberately absent: the model
 * quotes, the code locates the quote in the extracted text (locate-ai-entities.ts).
 */
export const aiPiiOutputSchema = z.object({
  entities: z.array(
    z.object({
      type: z.enum(PII_TYPES),
      text: z.string().min(1).describe("The item exactly as written in the text."),
      page: z.number().int().positive().describe("The page marker the item appears under."),
      confidence: z.number().min(0).max(1),
    }),
  ),
});

export type AiPiiEntity = z.infer<typeof aiPiiOutputSchema>["entities"][number];
