import type { TenantContext } from "@/lib/auth/tenant-context";
import { Prisma } from "@/lib/db/generated/client";
import { QA_PRIORITIES, QA_WAITING_STATUSES } from "./qa-options";
import type { ListQuestionsQuery } from "./schemas";

type Scope = { org: Pick<TenantContext["org"], "id" | "type">; user: { id: string } | null };

/**
 * The Q&A table's filters as a condition on `qa_questions q`: what the page lists and what the
 * export writes out. An ally's side is the array of its projects' ids, looked up once in the
 * statement, rather than a join to projects: `project_id = ANY(array)` is a key condition on the
 * (project_id, question_number) index, so the default order is read off the index for one page,
 * where the join made the database sort every question of the org for each page.
 * The search is Prisma's `contains` (ILIKE, the text as given) or an exact tag, as the table always had.
 */
export function questionsFilterSql(scope: Scope, query: ListQuestionsQuery, now: Date): Prisma.Sql {
  const where = [
    scope.org.type === "ALLY"
      ? Prisma.sql`q.project_id = ANY (ARRAY(SELECT p.id FROM projects p WHERE p.org_id = ${scope.org.id}::uuid))`
      : Prisma.sql`q.org_id = ${scope.org.id}::uuid`,
  ];
  if (query.status?.length) where.push(Prisma.sql`q.status = ANY (${query.status}::text[])`);
  if (query.priority?.length) where.push(Prisma.sql`q.priority = ANY (${query.priority}::text[])`);
  if (query.category?.length) where.push(Prisma.sql`q.category = ANY (${query.category}::text[])`);
  if (query.project) where.push(Prisma.sql`q.project_id = ${query.project}::uuid`);
  if (query.room) where.push(Prisma.sql`q.deal_room_id = ${query.room}::uuid`);
  if (query.assignee === "me") where.push(scope.user ? Prisma.sql`q.assigned_to = ${scope.user.id}::uuid` : Prisma.sql`FALSE`);
  else if (query.assignee === "unassigned") where.push(Prisma.sql`q.assigned_to IS NULL AND q.assigned_team IS NULL`);
  else if (query.assignee) where.push(Prisma.sql`q.assigned_to = ${query.assignee}::uuid`);
  if (query.overdue) where.push(Prisma.sql`q.status = ANY (${[...QA_WAITING_STATUSES]}::text[]) AND q.sla_deadline < ${now}`);
  if (query.q) where.push(Prisma.sql`(q.question ILIKE '%' || ${query.q} || '%' OR q.tags @> ARRAY[${query.q.toLowerCase()}]::text[])`);
  return Prisma.join(where, " AND ");
}

/** Urgent 0, high 1, normal 2, low 3: a CASE costs the sort less than looking each row up in an array. */
const priorityRank = Prisma.sql`CASE q.priority ${Prisma.join(
  QA_PRIORITIES.map((priority, rank) => Prisma.sql`WHEN ${priority} THEN ${rank}::int`),
  " ",
)} END`;

/**
 * The table's order on `qa_questions q`; every sort ends on a unique key, so pages never overlap.
 * "priority" is urgent first, then the nearest deadline (none last).
 */
export function questionsOrderSql(sort: ListQuestionsQuery["sort"]): Prisma.Sql {
  if (sort === "deadline") return Prisma.sql`q.sla_deadline ASC NULLS LAST, q.id ASC`;
  if (sort === "newest") return Prisma.sql`q.created_at DESC, q.id DESC`;
  if (sort === "priority") return Prisma.sql`${priorityRank}, q.sla_deadline ASC NULLS LAST, q.id ASC`;
  return Prisma.sql`q.project_id ASC, q.question_number ASC`;
}
