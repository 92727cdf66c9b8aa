import type { Tx } from "@/lib/db/create-db-client";

/** A scored pair ready to write: its breakdown as JSON text (jsonbText), and whether the stored row differs. */
export type ScoredPair = { key: string; mandateId: string; projectId: string; investorOrgId: string; allyOrgId: string; overall: number; json: string; changed: boolean };
export type ChangedRow = { investor_org_id: string; ally_org_id: string };
export type RescoreScope = { kind: "project"; projectId: string } | { kind: "mandate"; mandateId: string } | { kind: "all" };

/** Rows per statement: keeps each bind message to a few MB at ~1 KB of breakdown a row. */
const CHUNK = 2_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}

/**
 * Suggested pairs: new ones inserted SUGGESTED by SYSTEM, existing ones (any status, any
 * initiator) given the new score and nothing else. A row whose score is unchanged is not touched,
 * so a rerun writes nothing. Returns the rows inserted or changed.
 */
export async function upsertSuggestedPairs(tx: Tx, pairs: readonly ScoredPair[]): Promise<ChangedRow[]> {
  const changed: ChangedRow[] = [];
  for (const part of chunks(pairs)) {
    changed.push(
      ...(await tx.$queryRaw<ChangedRow[]>`
        INSERT INTO match_results (investor_org_id, ally_org_id, project_id, mandate_id, overall_score, score_breakdown, status, initiated_by, updated_at)
        SELECT u.investor, u.ally, u.project, u.mandate, u.score, u.breakdown::jsonb, 'SUGGESTED', 'SYSTEM', now()
          FROM unnest(${part.map((p) => p.investorOrgId)}::uuid[], ${part.map((p) => p.allyOrgId)}::uuid[], ${part.map((p) => p.projectId)}::uuid[],
                      ${part.map((p) => p.mandateId)}::uuid[], ${part.map((p) => p.overall)}::int[], ${part.map((p) => p.json)}::text[])
               AS u(investor, ally, project, mandate, score, breakdown)
        ON CONFLICT (mandate_id, project_id) DO UPDATE SET overall_score = EXCLUDED.overall_score, score_breakdown = EXCLUDED.score_breakdown, updated_at = now()
         WHERE match_results.overall_score IS DISTINCT FROM EXCLUDED.overall_score OR match_results.score_breakdown IS DISTINCT FROM EXCLUDED.score_breakdown
        RETURNING investor_org_id, ally_org_id`),
    );
  }
  return changed;
}

/** Rows a person acted on (or an ally proposed) that no longer reach the threshold: new score, same status and notes. */
export async function updateKeptPairs(tx: Tx, pairs: readonly ScoredPair[]): Promise<ChangedRow[]> {
  const changed: ChangedRow[] = [];
  for (const part of chunks(pairs)) {
    changed.push(
      ...(await tx.$queryRaw<ChangedRow[]>`
        UPDATE match_results m SET overall_score = u.score, score_breakdown = u.breakdown::jsonb, updated_at = now()
          FROM unnest(${part.map((p) => p.mandateId)}::uuid[], ${part.map((p) => p.projectId)}::uuid[], ${part.map((p) => p.overall)}::int[],
                      ${part.map((p) => p.json)}::text[]) AS u(mandate, project, score, breakdown)
         WHERE m.mandate_id = u.mandate AND m.project_id = u.project
           AND (m.overall_score IS DISTINCT FROM u.score OR m.score_breakdown IS DISTINCT FROM u.breakdown::jsonb)
        RETURNING m.investor_org_id, m.ally_org_id`),
    );
  }
  return changed;
}

/**
 * Deletes the engine's own untouched suggestions that are not suggested any more (below the
 * threshold, excluded, the project unpublished, the mandate paused or deleted). The condition is
 * checked again here: a row someone acted on since it was read stays.
 */
export async function deleteStaleSuggestions(tx: Tx, ids: readonly string[]): Promise<ChangedRow[]> {
  const removed: ChangedRow[] = [];
  for (const part of chunks(ids)) {
    removed.push(
      ...(await tx.$queryRaw<ChangedRow[]>`
        DELETE FROM match_results WHERE id = ANY(${part}::uuid[]) AND status = 'SUGGESTED' AND initiated_by = 'SYSTEM'
        RETURNING investor_org_id, ally_org_id`),
    );
  }
  return removed;
}
