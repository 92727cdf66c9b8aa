import { OFFLINE_MODEL } from "../../lib/ai/price-table";
import type { Prisma } from "../../lib/db/generated/client";
import { assembleScoreInputs, type RawScoreInputs } from "../../lib/signal-score/assemble-score-inputs";
import { extractDocumentFacts } from "../../lib/signal-score/extract-document-facts";
import { scoreProjectOffline } from "../../lib/signal-score/score-project-offline";
import { scoreRecords } from "../../lib/signal-score/score-records";
import type { SignalScoreOutput } from "../../lib/signal-score/schemas";
import { SCORE_PROJECT_INCLUDE, isoDay, toRawScoreRows } from "../../lib/signal-score/to-raw-score-rows";
import type { FactoryDb } from "../factories";
import { DOCUMENTS, documentId, turkanaFile, uploadedAt } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { seedQuestHistory } from "./seed-quest-history";

export const SCORE_MODEL = OFFLINE_MODEL;

export const signalScoreId = (project: string, version: number) => demoId(`${project}/signal-score/v${version}`);

type ScoredProject = "turkana" | "riftValley" | "mombasa";
type ScoreVersion = { project: ScoredProject; version: number; at: Date; by: "amara" | "sarah" | null; failure?: string };

/**
 * Each project's score history. Turkana's versions were computed as its data room grew; the
 * fourth is the automatic rescore after the insurance indication was processed. The battery
 * project's only run failed.
 */
export const SCORE_VERSIONS: ScoreVersion[] = [
  { project: "turkana", version: 1, at: daysAgo(162, 14), by: "amara" },
  { project: "turkana", version: 2, at: daysAgo(65, 14), by: "sarah" },
  { project: "turkana", version: 3, at: daysAgo(11, 14), by: "sarah" },
  { project: "turkana", version: 4, at: new Date(uploadedAt(DOCUMENTS.find((d) => d.key === "insurance-letter")!).getTime() + 3 * 60_000), by: null },
  { project: "riftValley", version: 1, at: daysAgo(40, 14), by: "amara" },
  { project: "mombasa", version: 1, at: daysAgo(3, 14), by: "amara", failure: "Scoring failed: An unexpected error stopped the run; it has been logged." },
];

/** Turkana's current documents as they stood at `at`: the newest version of each uploaded by then. */
async function turkanaDocumentsAt(at: Date, users: DemoContext["users"]): Promise<RawScoreInputs["documents"]> {
  const uploaded = DOCUMENTS.filter((d) => uploadedAt(d) <= at);
  const current = uploaded.filter((d) => !uploaded.some((newer) => newer.parent === d.key));
  // The scoring job reads documents by name, then id.
  const ordered = current.map((d) => ({ d, id: documentId(d.key) })).sort((a, b) => a.d.name.localeCompare(b.d.name) || a.id.localeCompare(b.id));
  return Promise.all(
    ordered.map(async ({ d, id }) => ({
      documentId: id,
      name: d.name,
      uploadedBy: users[d.uploader],
      facts: extractDocumentFacts((await turkanaFile(d.key)).analysisText).facts,
    })),
  );
}

/** A milestone completed after `at` was still open then. */
function milestonesAt(milestones: RawScoreInputs["milestones"], at: string): RawScoreInputs["milestones"] {
  return milestones.map((m) => (m.completedDate && m.completedDate > at ? { ...m, status: "IN_PROGRESS", completedDate: null } : m));
}

/**
 * Score versions computed by the offline analyser from the demo's own rows and files, exactly as
 * the scoring job computes them: the newest version of each project is what a re-score gives
 * today, and every version carries its criteria, citations and lineage.
 */
export async function seedSignalScores(db: FactoryDb, ctx: DemoContext) {
  const members = await db.user.count({ where: { orgId: ctx.orgs.helios, isActive: true } });
  const outputs = new Map<string, SignalScoreOutput>();
  for (const s of SCORE_VERSIONS) {
    const project = await db.project.findFirstOrThrow({ where: { id: ctx.projects[s.project].id }, include: SCORE_PROJECT_INCLUDE });
    const latest = !SCORE_VERSIONS.some((other) => other.project === s.project && other.version > s.version);
    const today = latest ? isoDay(new Date()) : isoDay(s.at);
    const rows = toRawScoreRows(project);
    const documents = s.project === "turkana" ? await turkanaDocumentsAt(latest ? new Date() : s.at, ctx.users) : [];
    const inputs = assembleScoreInputs({ ...rows, today, milestones: latest ? rows.milestones : milestonesAt(rows.milestones, today), members, documents });
    const id = signalScoreId(s.project, s.version);
    const base = {
      id,
      orgId: ctx.orgs.helios,
      projectId: project.id,
      version: s.version,
      modelVersion: SCORE_MODEL,
      triggeredBy: s.by ? ctx.users[s.by] : null,
      createdAt: s.at,
      updatedAt: new Date(s.at.getTime() + 4_000),
    };
    const log = {
      id: demoId(`ai-task/signal-score/${s.project}/v${s.version}`),
      orgId: ctx.orgs.helios,
      agentType: "SIGNAL_SCORE" as const,
      entityType: "SignalScore",
      entityId: id,
      modelUsed: SCORE_MODEL,
      costUsd: "0.000000",
      triggeredBy: base.triggeredBy,
      createdAt: s.at,
    };
    const input = { projectId: project.id, version: s.version, sources: inputs.sources.length, analyses: { cached: 0, computed: inputs.documents.analysed } };
    if (s.failure) {
      await db.signalScore.createMany({ skipDuplicates: true, data: [{ ...base, status: "FAILED", overallScore: "0", narrative: s.failure }] });
      await db.aiTaskLog.createMany({
        skipDuplicates: true,
        data: [{ ...log, status: "FAILED", inputData: input, errorMessage: s.failure.replace(/^Scoring failed: /, "") }],
      });
      continue;
    }
    const output = scoreProjectOffline(inputs);
    outputs.set(id, output);
    const { columns, citations, lineage } = scoreRecords({ projectId: project.id, output, sources: inputs.sources });
    await db.signalScore.createMany({ skipDuplicates: true, data: [{ ...base, status: "COMPLETED", ...columns }] });
    await db.aiTaskLog.createMany({
      skipDuplicates: true,
      data: [{ ...log, status: "COMPLETED", inputData: input, outputData: output as unknown as Prisma.InputJsonValue }],
    });
    await db.citation.createMany({
      skipDuplicates: true,
      data: citations.map((c) => ({
        ...c,
        id: demoId(`citation/SignalScore/${id}/${c.citationNumber}`),
        orgId: ctx.orgs.helios,
        aiOutputType: "SignalScore",
        aiOutputId: id,
        createdAt: s.at,
      })),
    });
    await db.lineageRecord.createMany({
      skipDuplicates: true,
      data: lineage.map((l) => ({
        ...l,
        id: demoId(`lineage/SignalScore/${id}/${l.sourceId}/${l.contribution}`),
        orgId: ctx.orgs.helios,
        entityType: "SignalScore",
        entityId: id,
        createdAt: s.at,
      })),
    });
  }
  await seedQuestHistory(
    db,
    ctx,
    SCORE_VERSIONS.filter((s) => !s.failure).map((s) => ({ project: s.project, at: s.at, output: outputs.get(signalScoreId(s.project, s.version))! })),
  );
}
