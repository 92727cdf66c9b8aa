import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";

export const taskTypeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,99}$/, "Use lower_snake_case, e.g. signal_score.");

export const createPromptVersionSchema = z.object({
  taskType: taskTypeSchema,
  content: z.string().trim().min(20, "The prompt needs at least 20 characters.").max(50_000, "Keep the prompt under 50,000 characters.").refine(hasNoNul, NUL_MESSAGE),
  systemPrompt: z.string().trim().max(20_000, "Keep the system prompt under 20,000 characters.").refine(hasNoNul, NUL_MESSAGE).optional(),
  notes: z.string().trim().min(3, "Say what changed and why (at least 3 characters).").max(2_000).refine(hasNoNul, NUL_MESSAGE),
});
export type CreatePromptVersionInput = z.infer<typeof createPromptVersionSchema>;

export const activatePromptVersionSchema = z.object({ promptId: z.uuid("Unknown prompt version.") });
