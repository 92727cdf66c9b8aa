import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { QA_PRIORITIES, QA_WAITING_STATUSES } from "./qa-options";
import { type QaQuestionDto, qaQuestionDtoInclude, toQaQuestionDto } from "./qa-question-dto";
import type { ListQuestionsQuery } from "./schemas";

export const QA_PAGE_SIZE = 50;

export type QaQuestionPage = { rows: QaQuestionDto[]; total: number; page: number; pageCount: number; side: "investor" | "ally" };

type Scope = Pick<TenantContext, "org"> & { user: { id: string } };

/** The questions an org sees: an investor its own asks, an ally every question on its projects. */
export function qaSideWhere(scope: Scope): Prisma.QaQuestionWhereInput {
  return scope.org.type === "ALLY" ? { project: { orgId: scope.org.id } } : { orgId: scope.org.id };
}

/** The table's filters as one `where`: what the page lists, and what the export writes out. */
export function listQuestionsWhere(scope: Scope, query: ListQuestionsQuery, now: Date): Prisma.QaQuestionWhereInput {
  return { AND: filtersWhere(scope, query, now) };
}

function filtersWhere(scope: Scope, query: ListQuestionsQuery, now: Date): Prisma.QaQuestionWhereInput[] {
  const where: Prisma.QaQuestionWhereInput[] = [qaSideWhere(scope)];
  if (query.status?.length) where.push({ status: { in: query.status } });
  if (query.priority?.length) where.push({ priority: { in: query.priority } });
  if (query.category?.length) where.push({ category: { in: query.category } });
  if (query.project) where.push({ projectId: query.project });
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
 * One page of the Q&A table with its total. "priority" (urgent first, then by deadline) ranks the
 * filtered ids in memory, an org's questions being thousands at most; the rest sort on indexes.
 */
export async function listQuestions(scope: Scope, query: ListQuestionsQuery, now = new Date()): Promise<QaQuestionPage> {
  const where = listQuestionsWhere(scope, query, now);
  const requested = query.page ?? 1;
  const total = await db.qaQuestion.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / QA_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  const rows =
    query.sort === "priority"
      ? await byPriority(where, page)
      : await db.qaQuestion.findMany({
          where,
          orderBy: questionsOrderBy(query.sort),
          skip: (page - 1) * QA_PAGE_SIZE,
          take: QA_PAGE_SIZE,
          include: qaQuestionDtoInclude,
        });
  return { rows: rows.map(toQaQuestionDto), total, page, pageCount, side: scope.org.type === "ALLY" ? "ally" : "investor" };
}

async function byPriority(where: Prisma.QaQuestionWhereInput, page: number) {
  const ids = await db.qaQuestion.findMany({ where, select: { id: true, priority: true, slaDeadline: true, createdAt: true } });
  const ordered = ids
    .sort(comparePriority)
    .slice((page - 1) * QA_PAGE_SIZE, page * QA_PAGE_SIZE)
    .map((row) => row.id);
  const rows = await db.qaQuestion.findMany({ where: { id: { in: ordered } }, include: qaQuestionDtoInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ordered.map((id) => byId.get(id)!);
}

type Ranked = { id: string; priority: string; slaDeadline: Date | null };

/** The "priority" sort: urgent first, then the nearest deadline (none last), then id. */
export function comparePriority(a: Ranked, b: Ranked): number {
  const rank = (priority: string) => QA_PRIORITIES.indexOf(priority as (typeof QA_PRIORITIES)[number]);
  return rank(a.priority) - rank(b.priority) || (a.slaDeadline?.getTime() ?? Infinity) - (b.slaDeadline?.getTime() ?? Infinity) || a.id.localeCompare(b.id);
}
