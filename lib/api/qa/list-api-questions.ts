import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { listQuestions } from "@/lib/qa/list-questions";
import type { ListApiQuestionsQuery } from "./qa-schemas";

/**
 * The Q&A table of the key's org, from its side (listQuestions: an investor its own questions, a
 * developer every question on its projects), 50 a page by page number.
 */
export async function listApiQuestions(actor: ApiKeyActor, query: ListApiQuestionsQuery) {
  const result = await listQuestions(actor, {
    project: query.projectId,
    room: query.dealRoomId,
    status: query.status,
    priority: query.priority,
    category: query.category,
    overdue: query.overdue === "true" ? true : undefined,
    q: query.q,
    sort: query.sort,
    page: query.page,
  });
  return { side: result.side, data: result.rows, page: result.page, pageCount: result.pageCount, total: result.total };
}
