import type { Tx } from "@/lib/db/create-db-client";
import { Prisma } from "@/lib/db/generated/client";
import type { RescoreScope } from "./write-match-scores";

/** A match row as rescoring needs it: whose pair, its score's fingerprint, and whether it is the engine's own untouched suggestion. */
export type ExistingMatch = { id: string; mandateId: string | null; projectId: string; overall: number; fingerprint: string | null; own: boolean };

type Row = [string, string | null, string, number, string | null, boolean];

/**
 * The rows of a scope, with md5(score_breakdown::text) so unchanged scores are not sent again
 * (compare jsonbText). The engine's own suggestions left by a deleted mandate (mandate_id NULL)
 * belong to every mandate or full run, which remove them.
 */
export async function readExistingMatches(client: Tx, scope: RescoreScope): Promise<ExistingMatch[]> {
  const own = Prisma.sql`(status = 'SUGGESTED' AND initiated_by = 'SYSTEM')`;
  const where =
    scope.kind === "project"
      ? Prisma.sql`project_id = ${scope.projectId}::uuid AND mandate_id IS NOT NULL`
      : scope.kind === "mandate"
        ? Prisma.sql`(mandate_id = ${scope.mandateId}::uuid OR (mandate_id IS NULL AND ${own}))`
        : Prisma.sql`(mandate_id IS NOT NULL OR ${own})`;
  const [{ rows }] = await client.$queryRaw<{ rows: string }[]>`
    SELECT coalesce(json_agg(json_build_array(id, mandate_id, project_id, overall_score, md5(score_breakdown::text), ${own})), '[]')::text AS rows
      FROM match_results WHERE ${where}`;
  return (JSON.parse(rows) as Row[]).map(([id, mandateId, projectId, overall, fingerprint, isOwn]) => ({ id, mandateId, projectId, overall, fingerprint, own: isOwn }));
}
