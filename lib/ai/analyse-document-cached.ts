import { db } from "@/lib/db/client";
import type { AnalysisExtractionType, Prisma } from "@/lib/db/generated/client";
import type { DocumentText } from "./read-document-text";
import { runAiTask, type AiTaskRequest } from "./run-ai-task";

export type CachedAnalysis<Output> = { result: Output; modelUsed: string | null; cached: boolean };

type Request<Output> = Omit<AiTaskRequest<Output>, "entity" | "input"> & { document: DocumentText; extractionType: AnalysisExtractionType };

/**
 * A document analysis, cached by (document, extraction type, SHA-256 of its text): an unchanged
 * document is analysed once, however many scores read it. A cached result that no longer fits
 * the schema is recomputed rather than trusted.
 */
export async function analyseDocumentCached<Output>(request: Request<Output>): Promise<CachedAnalysis<Output>> {
  const { document, extractionType } = request;
  const key = { documentId: document.documentId, extractionType, contentHash: document.contentHash };
  const hit = await db.analysisExtraction.findUnique({ where: { documentId_extractionType_contentHash: key } });
  const reusable = hit ? request.outputSchema.safeParse(hit.result) : null;
  if (hit && reusable?.success) return { result: reusable.data, modelUsed: hit.modelUsed, cached: true };

  const run = await runAiTask({
    ...request,
    entity: { type: "Document", id: document.documentId },
    input: { documentId: document.documentId, extractionType, contentHash: document.contentHash, characters: document.text.length },
  });
  const result = JSON.parse(JSON.stringify(run.output)) as Prisma.InputJsonValue;
  await db.analysisExtraction.upsert({
    where: { documentId_extractionType_contentHash: key },
    create: { ...key, orgId: request.actor.org.id, result, modelUsed: run.modelUsed },
    update: { result, modelUsed: run.modelUsed },
  });
  return { result: run.output, modelUsed: run.modelUsed, cached: false };
}
