import type { SignalScoreOutput } from "@/lib/signal-score/schemas";
import { completeMetQuests } from "./complete-met-quests";
import { generateQuests } from "./generate-quests";

/**
 * After a score: first complete the quests the project has now met, then add new ones for the
 * weakest criteria. Quests are a helper, not the score: a failure here is logged, never fails the run.
 */
export async function refreshQuests(orgId: string, projectId: string, output: SignalScoreOutput): Promise<{ completed: number; created: number }> {
  try {
    const completed = await completeMetQuests(orgId, projectId);
    const created = await generateQuests(orgId, projectId, output);
    return { completed, created };
  } catch (error) {
    console.error(`[quests] refresh failed for project ${projectId}:`, error);
    return { completed: 0, created: 0 };
  }
}
