import "server-only";
import { db } from "@/lib/db/client";
import { loadFxTable } from "@/lib/fx/load-fx-table";
import { findCandidatePairs } from "./find-candidate-pairs";
import { MATCH_SUGGESTION_THRESHOLD } from "./match-dimensions";
import { readMandatesForScoring, readProjectFacts, readProjectTexts } from "./read-scoring-inputs";
import { countByOrg, type RescoreAuditScope, type RescoreCounts, recordRescoreAudits } from "./record-rescore-audits";
import { scoreMatch } from "./score-match";
import type { MandateForScoring, ProjectFacts } from "./scoring-inputs";
import { type RescoreScope, removeStaleSuggestions, type ScoredPair, updateKeptPairs, upsertSuggestedPairs } from "./write-match-scores";

export type RescoreOptions = { job: string; onProgress?(done: number, total: number): Promise<void> };
export type RescoreResult = { pairs: number; upserted: number; removed: number };

/** Mandates scored per progress report. */
const PROGRESS_EVERY = 100;

/**
 * Rescores the pairs of a scope (one project against every active mandate, one mandate against
 * every published project, or everything) and writes them. System work, cross-org by nature.
 *
 * Reads and scoring happen before the write transaction, which the embedded database needs (one
 * connection: progress reports cannot wait behind an open transaction). Rescoring runs serialize
 * their writes on an advisory lock; an event's run writes after a nightly run it overlaps.
 */
export async function rescoreMatches(scope: RescoreScope, options: RescoreOptions): Promise<RescoreResult> {
  const [mandates, projects] = await readScope(scope);
  const fx = await loadFxTable(db, new Date(), [...mandates.map((m) => m.currency), ...projects.map((p) => p.currency)]);
  const candidates = { mandates: [] as number[], projects: [] as number[] };
  for (let start = 0; start < mandates.length; start += PROGRESS_EVERY) {
    const found = findCandidatePairs(mandates.slice(start, start + PROGRESS_EVERY), projects, fx);
    candidates.mandates.push(...found.mandates.map((m) => m + start));
    candidates.projects.push(...found.projects);
    await options.onProgress?.(Math.min(start + PROGRESS_EVERY, mandates.length), mandates.length);
  }
  const kept = await readActedOnPairs(scope, mandates, projects);
  const pairs = [...candidates.mandates.map((m, i) => [mandates[m], projects[candidates.projects[i]]] as const), ...kept];
  const texts = await readProjectTexts(db, [...new Set(pairs.map(([, project]) => project.id))]);

  const suggested: ScoredPair[] = [];
  const keptScores: ScoredPair[] = [];
  const seen = new Set<string>();
  for (const [mandate, project] of pairs) {
    const key = `${mandate.id}/${project.id}`;
    const text = texts.get(project.id);
    if (seen.has(key) || !text) continue;
    seen.add(key);
    const { overall, breakdown } = scoreMatch(mandate, { ...project, ...text }, fx);
    const pair = { mandateId: mandate.id, projectId: project.id, investorOrgId: mandate.orgId, allyOrgId: project.orgId, overall, breakdown };
    (overall >= MATCH_SUGGESTION_THRESHOLD && !breakdown.excludedBy ? suggested : keptScores).push(pair);
  }

  const byOrg = new Map<string, RescoreCounts>();
  const totals = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('matching.rescore'))`;
      const upserted = [...(await upsertSuggestedPairs(tx, suggested)), ...(await updateKeptPairs(tx, keptScores))];
      const removed = await removeStaleSuggestions(tx, scope, suggested);
      countByOrg(byOrg, upserted, "upserted");
      countByOrg(byOrg, removed, "removed");
      await recordRescoreAudits(tx, options.job, auditScope(scope), byOrg);
      return { upserted: upserted.length, removed: removed.length };
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  return { pairs: mandates.length * projects.length, ...totals };
}

async function readScope(scope: RescoreScope): Promise<[MandateForScoring[], ProjectFacts[]]> {
  if (scope.kind === "mandate") {
    const mandates = (await readMandatesForScoring(db, { ids: [scope.mandateId], activeOnly: false })).filter((m) => m.isActive);
    return [mandates, mandates.length ? await readProjectFacts(db) : []];
  }
  const projects = await readProjectFacts(db, scope.kind === "project" ? { ids: [scope.projectId] } : {});
  return [projects.length ? await readMandatesForScoring(db, { activeOnly: true }) : [], projects];
}

/** Rows in scope someone acted on or an ally proposed: rescored whatever their score, never deleted. */
async function readActedOnPairs(scope: RescoreScope, mandates: MandateForScoring[], projects: ProjectFacts[]) {
  if (mandates.length === 0 || projects.length === 0) return [];
  const rows = await db.matchResult.findMany({
    where: {
      ...(scope.kind === "project" ? { projectId: scope.projectId } : scope.kind === "mandate" ? { mandateId: scope.mandateId } : { mandateId: { not: null } }),
      NOT: { status: "SUGGESTED", initiatedBy: "SYSTEM" },
    },
    select: { mandateId: true, projectId: true },
  });
  const mandateById = new Map(mandates.map((m) => [m.id, m]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  return rows.flatMap((row) => {
    const mandate = mandateById.get(row.mandateId!);
    const project = projectById.get(row.projectId);
    return mandate && project ? [[mandate, project] as const] : [];
  });
}

function auditScope(scope: RescoreScope): RescoreAuditScope {
  if (scope.kind === "project") return { entityType: "Project", entityId: scope.projectId, scope: "project" };
  if (scope.kind === "mandate") return { entityType: "InvestorMandate", entityId: scope.mandateId, scope: "mandate" };
  return { entityType: "Organization", entityId: null, scope: "all" };
}
