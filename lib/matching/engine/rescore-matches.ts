import "server-only";
import { hash } from "node:crypto";
import { db } from "@/lib/db/client";
import { loadFxTable } from "@/lib/fx/load-fx-table";
import { findCandidatePairs } from "./find-candidate-pairs";
import { breakdownJsonbText } from "./jsonb-text";
import { MATCH_SUGGESTION_THRESHOLD } from "./match-dimensions";
import { type ExistingMatch, readExistingMatches } from "./read-existing-matches";
import { readMandatesForScoring, readProjectFacts, readProjectTexts } from "./read-scoring-inputs";
import { countByOrg, type RescoreAuditScope, type RescoreCounts, recordRescoreAudits } from "./record-rescore-audits";
import { scoreMatch } from "./score-match";
import type { MandateForScoring, ProjectFacts, ProjectForScoring } from "./scoring-inputs";
import { deleteStaleSuggestions, type RescoreScope, type ScoredPair, updateKeptPairs, upsertSuggestedPairs } from "./write-match-scores";

export type RescoreOptions = {
  job: string;
  onProgress?(done: number, total: number): Promise<void>;
  /** Milliseconds per phase, for the bench. */
  onPhase?(phase: "read" | "bulk" | "breakdowns" | "write", ms: number): void;
};
export type RescoreResult = { pairs: number; upserted: number; removed: number };

/** Mandates scored per progress report. */
const PROGRESS_EVERY = 100;

const pairKey = (mandateId: string, projectId: string) => `${mandateId}/${projectId}`;

/**
 * Rescores the pairs of a scope (one project against every active mandate, one mandate against
 * every published project, or everything) and writes what changed. System work, cross-org by
 * nature. A prefilter in SQL leaves out pairs the mandate's countries and sectors rule out
 * (read-scoring-inputs.ts); the bulk pass finds the rest that reach the threshold; only
 * those, and rows people acted on, get full breakdowns; only rows whose score changed are written.
 *
 * Reads and scoring happen before the write transaction, which the embedded database needs (one
 * connection: progress reports cannot wait behind an open transaction). Writes re-check what they
 * delete, and rescoring runs serialize their writes on an advisory lock.
 */
export async function rescoreMatches(scope: RescoreScope, options: RescoreOptions): Promise<RescoreResult> {
  let mark = performance.now();
  const phase = (name: Parameters<NonNullable<RescoreOptions["onPhase"]>>[0]) => {
    options.onPhase?.(name, performance.now() - mark);
    mark = performance.now();
  };
  const [mandates, projects] = await readScope(scope);
  const existing = await readExistingMatches(db, scope);
  const fx = await loadFxTable(db, new Date(), [...mandates.map((m) => m.currency), ...projects.map((p) => p.currency)]);
  phase("read");

  const pairs: [MandateForScoring, ProjectFacts][] = [];
  for (let start = 0; start < mandates.length; start += PROGRESS_EVERY) {
    const found = findCandidatePairs(mandates.slice(start, start + PROGRESS_EVERY), projects, fx);
    found.mandates.forEach((m, i) => pairs.push([mandates[start + m], projects[found.projects[i]]]));
    await options.onProgress?.(Math.min(start + PROGRESS_EVERY, mandates.length), mandates.length);
  }
  const mandateById = new Map(mandates.map((m) => [m.id, m]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  for (const row of existing) {
    const [mandate, project] = [mandateById.get(row.mandateId ?? ""), projectById.get(row.projectId)];
    if (!row.own && mandate && project) pairs.push([mandate, project]);
  }
  phase("bulk");

  const { suggested, kept } = await scorePairs(pairs, existing, fx);
  phase("breakdowns");

  const suggestedKeys = new Set(suggested.map((pair) => pair.key));
  const [changedSuggestions, changedKept] = [suggested.filter((pair) => pair.changed), kept.filter((pair) => pair.changed)];
  const stale = existing.filter((row) => row.own && !suggestedKeys.has(pairKey(row.mandateId ?? "", row.projectId))).map((row) => row.id);
  const byOrg = new Map<string, RescoreCounts>();
  const totals = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('matching.rescore'))`;
      const upserted = [...(await upsertSuggestedPairs(tx, changedSuggestions)), ...(await updateKeptPairs(tx, changedKept))];
      const removed = await deleteStaleSuggestions(tx, stale);
      countByOrg(byOrg, upserted, "upserted");
      countByOrg(byOrg, removed, "removed");
      await recordRescoreAudits(tx, options.job, auditScope(scope), byOrg);
      return { upserted: upserted.length, removed: removed.length };
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  phase("write");
  return { pairs: mandates.length * projects.length, ...totals };
}

/** Full breakdowns, each pair once; `changed` when the stored row differs (or there is none). */
async function scorePairs(pairs: [MandateForScoring, ProjectFacts][], existing: ExistingMatch[], fx: Awaited<ReturnType<typeof loadFxTable>>) {
  const stored = new Map(existing.filter((row) => row.mandateId).map((row) => [pairKey(row.mandateId!, row.projectId), row]));
  const texts = await readProjectTexts(db, [...new Set(pairs.map(([, project]) => project.id))]);
  const full = new Map<string, ProjectForScoring>();
  const suggested: ScoredPair[] = [];
  const kept: ScoredPair[] = [];
  const seen = new Set<string>();
  for (const [mandate, facts] of pairs) {
    const key = pairKey(mandate.id, facts.id);
    const text = texts.get(facts.id);
    if (seen.has(key) || !text) continue;
    seen.add(key);
    let project = full.get(facts.id);
    if (!project) full.set(facts.id, (project = { ...facts, ...text }));
    const { overall, breakdown } = scoreMatch(mandate, project, fx);
    const row = stored.get(key);
    const json = breakdownJsonbText(breakdown);
    const changed = !row || row.overall !== overall || row.fingerprint !== hash("md5", json);
    const pair = { key, mandateId: mandate.id, projectId: facts.id, investorOrgId: mandate.orgId, allyOrgId: facts.orgId, overall, json, changed };
    if (overall >= MATCH_SUGGESTION_THRESHOLD && !breakdown.excludedBy) suggested.push(pair);
    else if (row && !row.own) kept.push(pair);
  }
  return { suggested, kept };
}

/** The scope's mandates and projects; one side narrowed in SQL to those through the other's gates. */
async function readScope(scope: RescoreScope): Promise<[MandateForScoring[], ProjectFacts[]]> {
  if (scope.kind === "mandate") {
    const [mandate] = await readMandatesForScoring(db, { ids: [scope.mandateId], activeOnly: true });
    return mandate ? [[mandate], await readProjectFacts(db, { couldFit: mandate })] : [[], []];
  }
  if (scope.kind === "project") {
    const [project] = await readProjectFacts(db, { ids: [scope.projectId] });
    return project ? [await readMandatesForScoring(db, { activeOnly: true, couldFit: project }), [project]] : [[], []];
  }
  const projects = await readProjectFacts(db);
  return [projects.length ? await readMandatesForScoring(db, { activeOnly: true }) : [], projects];
}

function auditScope(scope: RescoreScope): RescoreAuditScope {
  if (scope.kind === "project") return { entityType: "Project", entityId: scope.projectId, scope: "project" };
  if (scope.kind === "mandate") return { entityType: "InvestorMandate", entityId: scope.mandateId, scope: "mandate" };
  return { entityType: "Organization", entityId: null, scope: "all" };
}
