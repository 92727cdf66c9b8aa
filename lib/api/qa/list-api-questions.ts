import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { type QaQuestionDto, qaQuestionDtoInclude, toQaQuestionDto } from "@/lib/qa/qa-question-dto";
import { questionsFilterSql } from "@/lib/qa/questions-query-sql";
import { afterCursorSql, decodeCursor, toKeysetPage } from "../keyset-cursor";
import type { ListApiQuestionsQuery } from "./qa-schemas";

/**
 * The Q&A table of the key's org, from its side (the table's own filter, questionsFilterSql: an
 * investor its own questions, a developer every question on its projects), newest first by keyset:
 * the page's ids after the cursor, then those rows in the table's DTO.
 */
export async function listApiQuestions(
  actor: ApiKeyActor,
  query: ListApiQuestionsQuery,
): Promise<{ side: "investor" | "ally"; data: QaQuestionDto[]; nextCursor: string | null }> {
  const filter = questionsFilterSql(
    actor,
    {
      project: query.projectId,
      room: query.dealRoomId,
      status: query.status,
      priority: query.priority,
      category: query.category,
      overdue: query.overdue === "true" ? true : undefined,
      q: query.q,
    },
    new Date(),
  );
  const after = query.cursor ? Prisma.sql` AND ${afterCursorSql("q", decodeCursor(query.cursor))}` : Prisma.empty;
  const keys = await db.$queryRaw<{ id: string; created_at: Date }[]>`
    SELECT q.id, q.created_at FROM qa_questions q WHERE ${filter}${after} ORDER BY q.created_at DESC, q.id DESC LIMIT ${query.limit + 1}`;
  const { page, nextCursor } = toKeysetPage(
    keys.map((key) => ({ id: key.id, createdAt: key.created_at })),
    query.limit,
  );
  const rows = page.length ? await db.qaQuestion.findMany({ where: { id: { in: page.map((key) => key.id) } }, include: qaQuestionDtoInclude }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const data = page.flatMap((key) => (byId.has(key.id) ? [toQaQuestionDto(byId.get(key.id)!)] : []));
  return { side: actor.org.type === "ALLY" ? "ally" : "investor", data, nextCursor };
}
