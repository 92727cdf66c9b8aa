import { INVESTMENT_MEMO_PROMPT } from "@/lib/ai/prompts/investment-memo";
import { runAiTask } from "@/lib/ai/run-ai-task";
import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { listingFacts } from "@/lib/deal-screening/listing-facts";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";
import { checkMemoOutput } from "./check-memo-output";
import { loadCompletedScreen, loadScreenCitations, type MemoScreenRef } from "./load-memo-screen";
import { memoInputsFromScreen, type MemoInputs } from "./memo-inputs";
import { memoRecords } from "./memo-records";
import { memoOutputSchema } from "./schemas";
import { writeMemoOffline } from "./write-memo-offline";

export const GENERATE_MEMO_JOB = "generate-investment-memo";

export type MemoRunOutcome = { status: "COMPLETED" | "SKIPPED"; memoId: string };

function numberedSources(inputs: MemoInputs): string {
  if (inputs.sources.length === 0) return "(the screen cited no page)";
  return inputs.sources.map((s) => `[${s.n}] ${JSON.stringify(s.documentName ?? "a removed document")}, page ${s.page ?? "?"}: ${s.excerpt ?? ""}`).join("\n");
}

/** The memo's inputs: the listing as investors see it today and the screen it is written from. */
export async function loadMemoInputs(orgId: string, projectId: string, ref: MemoScreenRef): Promise<MemoInputs> {
  const screen = await loadCompletedScreen(orgId, ref);
  if (!screen) throw new AppError("INVALID_TRANSITION", "The deal screen this memo was to be written from is gone: screen the deal again and generate a new memo.");
  let project: Awaited<ReturnType<typeof getListedProjectOrThrow>>;
  try {
    project = await getListedProjectOrThrow(projectId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND")
      throw new AppError("INVALID_TRANSITION", "The project is no longer listed on the marketplace, so no memo can be written from it.");
    throw error;
  }
  return memoInputsFromScreen({ project: listingFacts(project), ...screen, citations: await loadScreenCitations(orgId, ref) });
}

/**
 * The memo job's work: the seven sections from the screen through runAiTask (the model, or the
 * offline writer when none is configured), held to the screen's pages, then written with the
 * memo's citations (ai_output_type InvestmentMemo) and lineage in one audited transaction. A memo
 * already written, or gone, is skipped, so a rerun writes nothing twice.
 */
export async function generateInvestmentMemo({ orgId, memoId, screen }: { orgId: string; memoId: string; screen: MemoScreenRef }): Promise<MemoRunOutcome> {
  const memo = await db.investmentMemo.findFirst({ where: { id: memoId, orgId }, select: { projectId: true, content: true, title: true } });
  if (memo?.content !== "") return { status: "SKIPPED", memoId };
  const inputs = await loadMemoInputs(orgId, memo.projectId, screen);
  const run = await runAiTask({
    actor: { org: { id: orgId }, user: null },
    agentType: "INVESTMENT_MEMO",
    taskType: INVESTMENT_MEMO_PROMPT.taskType,
    entity: { type: "InvestmentMemo", id: memoId },
    variables: {
      project_name: inputs.project.name,
      listing_json: JSON.stringify(inputs.project, null, 2),
      deal_screen_json: JSON.stringify(inputs.screen, null, 2),
      numbered_sources: numberedSources(inputs),
    },
    input: { projectId: memo.projectId, screen, sources: inputs.sources.map((s) => ({ n: s.n, documentId: s.documentId, page: s.page })) },
    outputSchema: memoOutputSchema,
    tool: { name: "record_investment_memo", description: "Record the memo's seven markdown sections, each sentence citing the numbered pages it rests on." },
    analyse: () => writeMemoOffline(inputs),
    maxTokens: 8_192,
  });
  const records = memoRecords(checkMemoOutput(run.output, inputs), inputs, screen);
  await auditedWrite(systemActor(orgId, GENERATE_MEMO_JOB), async (tx) => {
    const { count } = await tx.investmentMemo.updateMany({
      where: { id: memoId, orgId, content: "" },
      data: { content: records.content, sections: records.sections, summary: records.summary },
    });
    if (count === 0) throw new AppError("CONFLICT", "This memo was already written.");
    await tx.citation.createMany({ data: records.citations.map((c) => ({ ...c, orgId, aiOutputType: "InvestmentMemo", aiOutputId: memoId })) });
    await tx.lineageRecord.createMany({ data: records.lineage.map((l) => ({ ...l, orgId, entityType: "InvestmentMemo", entityId: memoId })) });
    await emit(tx, "memo.generated", { orgId, projectId: memo.projectId, memoId });
    return {
      result: null,
      audit: {
        action: "memo.generated",
        entityType: "InvestmentMemo",
        entityId: memoId,
        changes: {
          before: null,
          after: {
            projectId: memo.projectId,
            title: memo.title,
            screenVersion: inputs.screen.version,
            sections: records.sections.length,
            citations: records.citations.length,
            model: run.modelUsed,
          },
        },
      },
    };
  });
  return { status: "COMPLETED", memoId };
}
