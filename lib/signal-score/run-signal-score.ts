import { SIGNAL_SCORE_PROMPT } from "@/lib/ai/prompts/signal-score";
import { runAiTask } from "@/lib/ai/run-ai-task";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { refreshQuests } from "@/lib/gamification/refresh-quests";
import { emit } from "@/lib/events/emit";
import { loadScoreInputs } from "./load-score-inputs";
import { saveSignalScoreResult } from "./save-signal-score-result";
import { scoreProjectOffline } from "./score-project-offline";
import { signalScoreOutputSchema } from "./schemas";

export type ScoreRunOutcome = { status: "COMPLETED" | "FAILED" | "SKIPPED"; version?: number; error?: string; analyses?: { cached: number; computed: number } };

/**
 * The Signal Score job's work: PENDING -> PROCESSING -> COMPLETED, or FAILED with the reason in
 * the narrative (the row has no error column; its scores stay empty, so a failure is never read
 * as a score). A row already finished is skipped: reruns are harmless.
 */
export async function runSignalScore({ orgId, scoreId }: { orgId: string; scoreId: string }): Promise<ScoreRunOutcome> {
  const score = await db.signalScore.findFirst({ where: { id: scoreId, orgId } });
  if (!score || score.status === "COMPLETED" || score.status === "FAILED") return { status: "SKIPPED" };
  await db.signalScore.updateMany({ where: { id: scoreId, orgId }, data: { status: "PROCESSING" } });
  const actor = { org: { id: orgId }, user: score.triggeredBy ? { id: score.triggeredBy } : null };

  try {
    const { inputs, analyses } = await loadScoreInputs(actor, score.projectId);
    const { sources, ...record } = inputs;
    const unique = sources.filter((s, index) => sources.findIndex((t) => t.n === s.n) === index);
    const numbered = unique.map((s) => `[${s.n}] ${s.documentName}, page ${s.page}: ${s.excerpt}`).join("\n") || "(no documents with extracted text)";
    const run = await runAiTask({
      actor,
      agentType: "SIGNAL_SCORE",
      taskType: SIGNAL_SCORE_PROMPT.taskType,
      entity: { type: "SignalScore", id: scoreId },
      variables: { project_name: inputs.project.name, project_json: JSON.stringify(record, null, 2), numbered_sources: numbered, document_excerpts: numbered },
      input: { projectId: score.projectId, version: score.version, sources: sources.length, analyses },
      outputSchema: signalScoreOutputSchema,
      tool: { name: "record_signal_score", description: "Record the five dimension scores with their criteria, evidence and narrative." },
      analyse: () => scoreProjectOffline(inputs),
    });
    await saveSignalScoreResult({ orgId, scoreId, projectId: score.projectId, output: run.output, sources, modelUsed: run.modelUsed });
    await refreshQuests(orgId, score.projectId, run.output);
    return { status: "COMPLETED", version: score.version, analyses };
  } catch (error) {
    const reason = isAppError(error) ? error.message : "An unexpected error stopped the run; it has been logged.";
    if (!isAppError(error)) console.error(`[signal-score] run ${scoreId} failed:`, error);
    await db.$transaction(async (tx) => {
      const { count } = await tx.signalScore.updateMany({
        where: { id: scoreId, orgId, status: "PROCESSING" },
        data: { status: "FAILED", narrative: `Scoring failed: ${reason}` },
      });
      if (count) await emit(tx, "signal_score.completed", { orgId, projectId: score.projectId, scoreId, status: "FAILED" });
    });
    return { status: "FAILED", version: score.version, error: reason };
  }
}
