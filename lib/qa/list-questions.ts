import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { type QaQuestionDto, toQaQuestionDto } from "./qa-question-dto";
import { questionsFilterSql, questionsOrderSql } from "./questions-query-sql";
import type { ListQuestionsQuery } from "./schemas";

export const QA_PAGE_SIZE = 50;

export type QaQuestionPage = { rows: QaQuestionDto[]; total: number; page: number; pageCount: number; side: "investor" | "ally" };

/** `user` null: a principal without one (an API key), for whom "assigned to me" means nobody. */
type Scope = { org: Pick<TenantContext["org"], "id" | "type">; user: { id: string } | null };

/** The questions an org sees: an investor its own asks, an ally every question on its projects. */
export function qaSideWhere(scope: Scope): Prisma.QaQuestionWhereInput {
  return scope.org.type === "ALLY" ? { project: { orgId: scope.org.id } } : { orgId: scope.org.id };
}

/** One row of the page with the total beside it; with no match, a single row of nulls but the total. */
type PageRow = {
  total: number;
  id: string | null;
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
 * One page of the Q&A table with its total, in one statement: the count; the page's ids, read
 * from indexes alone where the filters and the sort allow (a page past the end, a stale link, is
 * the last one: its offset comes from the count); then those rows by primary key with the names
 * a row shows. Every statement is a round trip, and on the embedded database a turn of its single
 * connection: the four this used to take (the ally's projects, the count, the ids, the rows) cost
 * more than the work itself. Every sort, "priority" included, is the database's.
 */
export async function listQuestions(scope: Scope, query: ListQuestionsQuery, now = new Date()): Promise<QaQuestionPage> {
  const filter = questionsFilterSql(scope, query, now);
  const order = questionsOrderSql(query.sort);
  const requested = query.page ?? 1;
  const rows = await db.$queryRaw<PageRow[]>`
    WITH total AS (SELECT count(*)::int AS n FROM qa_questions q WHERE ${filter})
    SELECT total.n AS total, q.id, q.question_number, q.project_id, q.question, q.category, q.priority, q.status, q.tags, q.assigned_team,
           q.sla_deadline, q.answered_at, q.sla_breached, q.created_at,
           p.name AS project_name, ally.name AS ally_org_name, asker_org.name AS asker_org_name, asker.full_name AS asker_name,
           assignee.id AS assignee_id, assignee.full_name AS assignee_name
    FROM total
    LEFT JOIN qa_questions q ON q.id = ANY (ARRAY(
      SELECT q.id FROM qa_questions q WHERE ${filter} ORDER BY ${order} LIMIT ${QA_PAGE_SIZE}
      OFFSET (SELECT (LEAST(${requested}::int, GREATEST(1, (n + ${QA_PAGE_SIZE - 1}) / ${QA_PAGE_SIZE})) - 1) * ${QA_PAGE_SIZE} FROM total)
    ))
    LEFT JOIN projects p ON p.id = q.project_id
    LEFT JOIN organizations ally ON ally.id = p.org_id
    LEFT JOIN organizations asker_org ON asker_org.id = q.org_id
    LEFT JOIN users asker ON asker.id = q.asked_by
    LEFT JOIN users assignee ON assignee.id = q.assigned_to
    ORDER BY ${order}`;
  const total = rows[0]?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / QA_PAGE_SIZE));
  return {
    rows: rows.filter((row) => row.id !== null).map(toDto),
    total,
    page: Math.min(requested, pageCount),
    pageCount,
    side: scope.org.type === "ALLY" ? "ally" : "investor",
  };
}

function toDto(row: PageRow): QaQuestionDto {
  return toQaQuestionDto({
    id: row.id!,
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
  });
}
