import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { QA_PRIORITIES, QA_WAITING_STATUSES } from "./qa-options";
import { loadQuestionRows } from "./load-question-rows";
import { type QaQuestionDto, toQaQuestionDto } from "./qa-question-dto";
import type { ListQuestionsQuery } from "./schemas";

export const QA_PAGE_SIZE = 50;

export type QaQuestionPage = { rows: QaQuestionDto[]; total: number; page: number; pageCount: number; side: "investor" | "ally" };

type Scope = Pick<TenantContext, "org"> & { user: { id: string } };

/** The questions an org sees: an investor its own asks, an ally every question on its projects. */
export function qaSideWhere(scope: Scope): Prisma.QaQuestionWhereInput {
  return scope.org.type === "ALLY" ? { project: { orgId: scope.org.id } } : { orgId: scope.org.id };
}

/**
 * The table's filters as one `where`: what the page lists, and what the export writes out. An
 * ally's side is the ids of its projects, read first, rather than a join to projects: on a project
 * the default order is then the (project_id, question_number) index itself, read for one page,
 * where the join made the database sort every question of the org for each page.
 */
export async function listQuestionsWhere(scope: Scope, query: ListQuestionsQuery, now: Date): Promise<Prisma.QaQuestionWhereInput> {
  const side: Prisma.QaQuestionWhereInput =
    scope.org.type === "ALLY"
      ? { projectId: { in: (await db.project.findMany({ where: { orgId: scope.org.id }, select: { id: true } })).map((project) => project.id) } }
      : qaSideWhere(scope);
  return { AND: [side, ...filtersWhere(scope, query, now)] };
}

function filtersWhere(scope: Scope, query: ListQuestionsQuery, now: Date): Prisma.QaQuestionWhereInput[] {
  const where: Prisma.QaQuestionWhereInput[] = [];
  if (query.status?.length) where.push({ status: { in: query.status } });
  if (query.priority?.length) where.push({ priority: { in: query.priority } });
  if (query.category?.length) where.push({ category: { in: query.category } });
  if (query.project) where.push({ projectId: query.project });
  if (query.room) where.push({ dealRoomId: query.room });
  if (query.assignee === "me") where.push({ assignedTo: scope.user.id });
  else if (query.assignee === "unassigned") where.push({ assignedTo: null, assignedTeam: null });
  else if (query.assignee) where.push({ assignedTo: query.assignee });
  if (query.overdue) where.push({ status: { in: [...QA_WAITING_STATUSES] }, slaDeadline: { lt: now } });
  if (query.q) where.push({ OR: [{ question: { contains: query.q, mode: "insensitive" } }, { tags: { has: query.q.toLowerCase() } }] });
  return where;
}

/** The table's order for the sorts the database does; "priority" is ranked by `comparePriority`. */
export function questionsOrderBy(sort: ListQuestionsQuery["sort"]): Prisma.QaQuestionOrderByWithRelationInput[] {
  if (sort === "deadline") return [{ slaDeadline: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  if (sort === "newest") return [{ createdAt: "desc" }, { id: "desc" }];
  return [{ projectId: "asc" }, { questionNumber: "asc" }];
}

/**
 * One page of the Q&A table with its total. The count and the page's ids run side by side (a page
 * past the end, a stale link, is fetched again as the last), then the page's rows with their names
 * in one statement (loadQuestionRows). "priority" (urgent first, then by deadline) ranks the
 * filtered ids in memory, an org's questions being thousands at most; the rest sort on indexes.
 */
export async function listQuestions(scope: Scope, query: ListQuestionsQuery, now = new Date()): Promise<QaQuestionPage> {
  const where = await listQuestionsWhere(scope, query, now);
  const requested = query.page ?? 1;
  const [total, requestedIds] = await Promise.all([db.qaQuestion.count({ where }), pageIds(where, query.sort, requested)]);
  const pageCount = Math.max(1, Math.ceil(total / QA_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  const rows = await loadQuestionRows(page === requested ? requestedIds : await pageIds(where, query.sort, page));
  return { rows: rows.map(toQaQuestionDto), total, page, pageCount, side: scope.org.type === "ALLY" ? "ally" : "investor" };
}

async function pageIds(where: Prisma.QaQuestionWhereInput, sort: ListQuestionsQuery["sort"], page: number): Promise<string[]> {
  if (sort === "priority") {
    const ranked = await db.qaQuestion.findMany({ where, select: { id: true, priority: true, slaDeadline: true } });
    return ranked
      .sort(comparePriority)
      .slice((page - 1) * QA_PAGE_SIZE, page * QA_PAGE_SIZE)
      .map((row) => row.id);
  }
  const rows = await db.qaQuestion.findMany({ where, orderBy: questionsOrderBy(sort), skip: (page - 1) * QA_PAGE_SIZE, take: QA_PAGE_SIZE, select: { id: true } });
  return rows.map((row) => row.id);
}

type Ranked = { id: string; priority: string; slaDeadline: Date | null };

/** The "priority" sort: urgent first, then the nearest deadline (none last), then id. */
export function comparePriority(a: Ranked, b: Ranked): number {
  const rank = (priority: string) => QA_PRIORITIES.indexOf(priority as (typeof QA_PRIORITIES)[number]);
  return rank(a.priority) - rank(b.priority) || (a.slaDeadline?.getTime() ?? Infinity) - (b.slaDeadline?.getTime() ?? Infinity) || a.id.localeCompare(b.id);
}
