import { DEAL_SCREENING_PROMPT } from "@/lib/ai/prompts/deal-screening";
import { runAiTask } from "@/lib/ai/run-ai-task";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";
import { checkScreenOutput } from "./check-screen-output";
import { failDealScreen } from "./fail-deal-screen";
import { loadScreenEvidence } from "./load-screen-evidence";
import { saveDealScreenResult } from "./save-deal-screen-result";
import { screenProjectOffline } from "./screen-project-offline";
import { screenOutputSchema } from "./schemas";
import type { ScreenEvidence } from "./screen-claims";

export type ScreenRunOutcome = { status: "COMPLETED" | "FAILED" | "SKIPPED"; version?: number; error?: string };

function numberedSources(evidence: ScreenEvidence): string {
  if (evidence.sources.length === 0) return "(no document open to the screener with readable evidence)";
  const unique = evidence.sources.filter((s, index) => evidence.sources.findIndex((t) => t.n === s.n) === index);
  return unique.map((s) => `[${s.n}] ${JSON.stringify(s.documentName)}, page ${s.page}: ${s.excerpt}`).join("\n");
}

/**
 * The screening job's work: PENDING -> PROCESSING -> COMPLETED, or FAILED with the reason in the
 * rationale (no score, so a failure is never read as a verdict). The evidence is what the
 * investor may see of the listing; the answer, the model's or the offline analyser's, is held to
 * the pages it was given before it is saved. A version already finished is skipped.
 */
export async function runDealScreen({ orgId, versionId }: { orgId: string; versionId: string }): Promise<ScreenRunOutcome> {
  const version = await db.dealScreenVersion.findFirst({ where: { id: versionId, orgId }, include: { dealScreen: { select: { projectId: true } } } });
  if (!version || version.status === "COMPLETED" || version.status === "FAILED") return { status: "SKIPPED" };
  await db.dealScreenVersion.updateMany({ where: { id: versionId, orgId, status: "PENDING" }, data: { status: "PROCESSING" } });
  const actor = { org: { id: orgId }, user: version.triggeredBy ? { id: version.triggeredBy } : null };
  try {
    const project = await getListedProjectOrThrow(version.dealScreen.projectId);
    const evidence = await loadScreenEvidence(project, version.triggeredBy ? { id: version.triggeredBy, orgId } : null);
    const run = await runAiTask({
      actor,
      agentType: "DEAL_SCREENING",
      taskType: DEAL_SCREENING_PROMPT.taskType,
      entity: { type: "DealScreenVersion", id: versionId },
      variables: {
        project_name: evidence.project.name,
        listing_json: JSON.stringify({ ...evidence.project, ...evidence.record, signalScore: evidence.signalScore?.overall ?? null }, null, 2),
        numbered_sources: numberedSources(evidence),
      },
      input: {
        projectId: project.id,
        version: version.version,
        documents: evidence.documents.map((d) => d.id),
        sources: evidence.sources.map((s) => ({ n: s.n, documentId: s.documentId, page: s.page, fact: s.factKey })),
        signalScoreId: evidence.signalScore?.id ?? null,
      },
      outputSchema: screenOutputSchema,
      tool: {
        name: "record_deal_screen",
        description: "Record the screening: recommendation, score, rationale, strengths, risks and next steps with their cited pages.",
      },
      analyse: () => screenProjectOffline(evidence),
    });
    const output = checkScreenOutput(run.output, evidence);
    await saveDealScreenResult({ orgId, versionId, output, evidence, modelUsed: run.modelUsed });
    return { status: "COMPLETED", version: version.version };
  } catch (error) {
    const reason = isAppError(error) ? error.message : "An unexpected error stopped the run; it has been logged.";
    if (!isAppError(error)) console.error(`[deal-screening] run ${versionId} failed:`, error);
    await failDealScreen(orgId, versionId, reason);
    return { status: "FAILED", version: version.version, error: reason };
  }
}
