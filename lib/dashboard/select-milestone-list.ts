import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { MilestoneList, MilestoneStatusName } from "./types";
import { toDateOnly } from "./utc-day";

type MilestoneListRow = {
  id: string;
  name: string;
  project_id: string;
  project_name: string;
  target_date: Date;
  status: MilestoneStatusName;
  completion_pct: number;
  total: number;
};

/**
 * The first `limit` of an org's milestones that meet `condition` (on `m`), soonest first, with
 * their projects' names and the count of all that meet it, in one statement: the dashboard runs
 * two of these on every load, and as Prisma queries each took three (rows, project names, count).
 */
export async function selectMilestoneList(orgId: string, condition: Prisma.Sql, limit: number): Promise<MilestoneList> {
  const rows = await db.$queryRaw<MilestoneListRow[]>`
    WITH matching AS (
      SELECT m.id, m.name, m.project_id, p.name AS project_name, m.target_date, m.status::text AS status, m.completion_pct
      FROM project_milestones m
      JOIN projects p ON p.id = m.project_id
      WHERE p.org_id = ${orgId}::uuid AND ${condition}
    )
    SELECT page.*, total.total
    FROM (SELECT count(*)::int AS total FROM matching) total
    LEFT JOIN LATERAL (SELECT * FROM matching ORDER BY target_date, name LIMIT ${limit}) page ON true
    ORDER BY page.target_date, page.name`;
  const items = rows.flatMap((row) =>
    row.id === null
      ? []
      : [
          {
            id: row.id,
            name: row.name,
            projectId: row.project_id,
            projectName: row.project_name,
            targetDate: toDateOnly(row.target_date),
            status: row.status,
            completionPct: row.completion_pct,
          },
        ],
  );
  return { items, total: rows[0]?.total ?? 0 };
}
