import { analyseDocumentCached } from "@/lib/ai/analyse-document-cached";
import { readDocumentText } from "@/lib/ai/read-document-text";
import type { AiActor } from "@/lib/ai/run-ai-task";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { DOCUMENT_FACTS_PROMPT } from "@/lib/ai/prompts/document-facts";
import { extractDocumentFacts } from "./extract-document-facts";
import { FACT_KEYS } from "./fact-rules";
import { documentFactsSchema } from "./schemas";
import type { ScoreInputs, ScoreSource } from "./score-inputs";

export type LoadedInputs = { inputs: ScoreInputs; analyses: { cached: number; computed: number } };

/**
 * The project record and its data room, reduced to the facts a score is computed from. Each
 * current document version with text is analysed through the cache, so an unchanged document
 * costs nothing the second time.
 */
export async function loadScoreInputs(actor: AiActor, projectId: string): Promise<LoadedInputs> {
  const orgId = actor.org.id;
  const project = await db.project.findFirst({
    where: { id: projectId, orgId },
    include: { milestones: { select: { status: true } }, budgetItems: { select: { estimatedAmount: true, currency: true } } },
  });
  if (!project) throw notFound("Project");
  const [members, documents] = await Promise.all([
    db.user.count({ where: { orgId, isActive: true } }),
    db.document.findMany({
      where: { orgId, projectId, isDeleted: false, newerVersions: { none: { isDeleted: false } } },
      select: { id: true, uploadedBy: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);

  const sources: ScoreSource[] = [];
  const analyses = { cached: 0, computed: 0 };
  for (const { id } of documents) {
    const document = await readDocumentText(orgId, id);
    if (!document) continue;
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
    for (const fact of analysis.result.facts) {
      // One line can evidence several facts (an ESIA header is also a licence): it keeps one number.
      const same = sources.find((s) => s.documentId === document.documentId && s.page === fact.page && s.excerpt === fact.excerpt);
      sources.push({ n: same?.n ?? new Set(sources.map((s) => s.n)).size + 1, documentId: document.documentId, documentName: document.name, ...fact });
    }
  }

  const sameCurrency = project.budgetItems.filter((b) => b.currency === project.currency);
  const budgeted = sameCurrency.reduce((sum, b) => sum.add(b.estimatedAmount), new Prisma.Decimal(0));
  const coveragePct = project.totalInvestmentRequired.gt(0) && sameCurrency.length
    ? budgeted.div(project.totalInvestmentRequired).mul(100).toDecimalPlaces(1).toNumber()
    : null;

  return {
    analyses,
    inputs: {
      project: {
        id: project.id,
        name: project.name,
        description: project.description,
        projectType: project.projectType,
        stage: project.stage,
        capacityMw: project.capacityMw?.toString() ?? null,
        totalInvestmentRequired: project.totalInvestmentRequired.toFixed(4),
        currency: project.currency,
        targetCloseDate: project.targetCloseDate?.toISOString().slice(0, 10) ?? null,
        geography: `${project.geographyRegion}, ${project.geographyCountry}`,
      },
      milestones: {
        total: project.milestones.length,
        completed: project.milestones.filter((m) => m.status === "COMPLETED").length,
        delayed: project.milestones.filter((m) => m.status === "DELAYED").length,
      },
      budget: { lines: project.budgetItems.length, coveragePct },
      team: { members, documentUploaders: new Set(documents.map((d) => d.uploadedBy)).size },
      documents: { total: documents.length, analysed: analyses.cached + analyses.computed },
      sources,
    },
  };
}
