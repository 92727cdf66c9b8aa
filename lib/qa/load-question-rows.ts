import { db } from "@/lib/db/client";
import type { toQaQuestionDto } from "./qa-question-dto";

type QaQuestionRow = Parameters<typeof toQaQuestionDto>[0];

type Joined = {
  id: string;
  question_number: number;
  project_id: string;
  question: string;
  category: string;
  priority: string;
  status: string;
  tags: string[];
  assigned_team: string | null;
  sla_deadline: Date | null;
  answered_at: Date | null;
  sla_breached: boolean;
  created_at: Date;
  project_name: string;
  ally_org_name: string;
  asker_org_name: string;
  asker_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
};

/**
 * The rows of one page of the Q&A table, in the order of `ids`, with the names a row shows, in one
 * statement: an `include` of the four relations costs Prisma a query each, and on the embedded
 * database every query is a turn of its single connection. The ids come from the scoped, filtered
 * page query, so this reads nothing the caller may not see.
 */
export async function loadQuestionRows(ids: string[]): Promise<QaQuestionRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<Joined[]>`
    SELECT q.id, q.question_number, q.project_id, q.question, q.category, q.priority, q.status, q.tags, q.assigned_team,
           q.sla_deadline, q.answered_at, q.sla_breached, q.created_at,
           p.name AS project_name, ally.name AS ally_org_name, asker_org.name AS asker_org_name, asker.full_name AS asker_name,
           assignee.id AS assignee_id, assignee.full_name AS assignee_name
    FROM qa_questions q
    JOIN projects p ON p.id = q.project_id
    JOIN organizations ally ON ally.id = p.org_id
    JOIN organizations asker_org ON asker_org.id = q.org_id
    JOIN users asker ON asker.id = q.asked_by
    LEFT JOIN users assignee ON assignee.id = q.assigned_to
    WHERE q.id = ANY(${ids}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        questionNumber: row.question_number,
        projectId: row.project_id,
        question: row.question,
        category: row.category,
        priority: row.priority,
        status: row.status,
        tags: row.tags,
        assignedTeam: row.assigned_team,
        slaDeadline: row.sla_deadline,
        answeredAt: row.answered_at,
        slaBreached: row.sla_breached,
        createdAt: row.created_at,
        project: { name: row.project_name, org: { name: row.ally_org_name } },
        org: { name: row.asker_org_name },
        askedByUser: { fullName: row.asker_name },
        assignee: row.assignee_id ? { id: row.assignee_id, fullName: row.assignee_name! } : null,
      },
    ];
  });
}
