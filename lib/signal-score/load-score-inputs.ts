import { analyseDocumentCached } from "@/lib/ai/analyse-document-cached";
import { OFFLINE_MODEL } from "@/lib/ai/price-table";
import { DOCUMENT_FACTS_PROMPT } from "@/lib/ai/prompts/document-facts";
import { readDocumentText } from "@/lib/ai/read-document-text";
import type { AiActor } from "@/lib/ai/run-ai-task";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { startOfUtcDay } from "@/lib/utils/dates";
import { assembleScoreInputs, type RawScoreInputs } from "./assemble-score-inputs";
import { SCORE_PROJECT_INCLUDE, isoDay, toRawScoreRows } from "./to-raw-score-rows";
import { extractDocumentFacts } from "./extract-document-facts";
import { FACT_KEYS } from "./fact-rules";
import { documentFactsSchema } from "./schemas";
import type { ScoreInputs } from "./score-inputs";

export type LoadedInputs = { inputs: ScoreInputs; analyses: { cached: number; computed: number } };

/**
 * The project record and its data room, read from the database and reduced by
 * assembleScoreInputs. Each current document version with text is analysed through the cache,
 * so an unchanged document costs nothing the second time.
 */
export async function loadScoreInputs(actor: AiActor, projectId: string, today: Date = startOfUtcDay()): Promise<LoadedInputs> {
  const orgId = actor.org.id;
  const project = await db.project.findFirst({
    where: { id: projectId, orgId },
    include: SCORE_PROJECT_INCLUDE,
  });
  if (!project) throw notFound("Project");
  const [members, documentRows] = await Promise.all([
    db.user.count({ where: { orgId, isActive: true } }),
    db.document.findMany({
      where: { orgId, projectId, isDeleted: false, newerVersions: { none: { isDeleted: false } } },
      select: { id: true, name: true, uploadedBy: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);

  const analyses = { cached: 0, computed: 0 };
  const documents: RawScoreInputs["documents"] = [];
  for (const row of documentRows) {
    const document = await readDocumentText(orgId, row.id);
    if (!document) {
      documents.push({ documentId: row.id, name: row.name, uploadedBy: row.uploadedBy, facts: null });
      continue;
    }
    const analysis = await analyseDocumentCached({
      actor,
      agentType: "DOCUMENT_EXTRACTION",
      taskType: DOCUMENT_FACTS_PROMPT.taskType,
      extractionType: "KEY_FIGURES",
      document,
      variables: { document_name: document.name, document_text: document.text, fact_keys: FACT_KEYS.join(", ") },
      outputSchema: documentFactsSchema,
      tool: { name: "record_document_facts", description: "Record the facts found in the document, each with its page and verbatim excerpt." },
      analyse: () => extractDocumentFacts(document.text),
    });
    analyses[analysis.cached ? "cached" : "computed"] += 1;
    // An offline analysis costs nothing to redo, and a cached one may predate the current rules:
    // redoing it keeps the live score equal to one assembled from the same rows anywhere else.
    const facts = analysis.modelUsed === OFFLINE_MODEL ? extractDocumentFacts(document.text).facts : analysis.result.facts;
    documents.push({ documentId: document.documentId, name: document.name, uploadedBy: row.uploadedBy, facts });
  }

  const inputs = assembleScoreInputs({ today: isoDay(today), ...toRawScoreRows(project), members, documents });
  return { analyses, inputs };
}
