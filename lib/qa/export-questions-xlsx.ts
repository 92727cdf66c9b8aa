import ExcelJS from "exceljs";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { QA_CATEGORY_LABELS, QA_PRIORITY_LABELS, QA_STATUS_LABELS, QA_TEAM_LABELS, type QaCategory, type QaPriority, type QaStatus, type QaTeam } from "./qa-options";
import { qaQuestionDtoInclude } from "./qa-question-dto";
import { questionsFilterSql, questionsOrderSql } from "./questions-query-sql";
import type { ListQuestionsQuery } from "./schemas";

/** An export is every matching row, not a page; past this the filters should narrow it first. */
export const QA_EXPORT_MAX_ROWS = 10_000;

type Scope = Pick<TenantContext, "org"> & { user: { id: string } };

type Column = { header: string; key: string; width: number; date?: boolean; allyOnly?: boolean };

const COLUMNS: Column[] = [
  { header: "#", key: "number", width: 6 },
  { header: "Project", key: "project", width: 28 },
  { header: "Question", key: "question", width: 60 },
  { header: "Category", key: "category", width: 13 },
  { header: "Priority", key: "priority", width: 10 },
  { header: "Status", key: "status", width: 12 },
  { header: "Asked by", key: "askedBy", width: 22 },
  { header: "Asker org", key: "askerOrg", width: 24 },
  { header: "Assignee", key: "assignee", width: 22, allyOnly: true },
  { header: "Team", key: "team", width: 12, allyOnly: true },
  { header: "Asked at (UTC)", key: "askedAt", width: 17, date: true },
  { header: "Deadline (UTC)", key: "deadline", width: 17, date: true },
  { header: "Answered at (UTC)", key: "answeredAt", width: 17, date: true },
  { header: "SLA", key: "sla", width: 10 },
  { header: "Tags", key: "tags", width: 20 },
  { header: "Final answer", key: "answer", width: 80 },
];

type SlaFacts = { status: string; slaDeadline: Date | null; answeredAt: Date | null; slaBreached: boolean };

/** The SLA in one word, as a filter in a spreadsheet wants it: answered on time or late, still due or overdue. */
export function slaLabel(question: SlaFacts, now: Date): string | null {
  if (question.answeredAt) return question.slaBreached ? "late" : "on time";
  if (question.status === "closed") return "closed";
  if (!question.slaDeadline) return null;
  return question.slaDeadline < now ? "overdue" : "due";
}

/**
 * The Q&A table as a workbook: the rows the /qa page lists for the same query (its filters, its
 * sort, the viewer's side), all of them up to QA_EXPORT_MAX_ROWS rather than one page, with the
 * final answer's text. Investors get no assignee or team columns, as their table has none.
 */
export async function exportQuestionsXlsx(scope: Scope, query: ListQuestionsQuery, now = new Date()): Promise<{ buffer: Uint8Array<ArrayBuffer>; rows: number }> {
  // The ids in the table's order with the table's filters (questions-query-sql.ts), then their rows with the names and the final answer.
  const ids = (
    await db.$queryRaw<{ id: string }[]>`
      SELECT q.id FROM qa_questions q WHERE ${questionsFilterSql(scope, query, now)} ORDER BY ${questionsOrderSql(query.sort)} LIMIT ${QA_EXPORT_MAX_ROWS}`
  ).map((row) => row.id);
  const include = { ...qaQuestionDtoInclude, answers: { where: { isFinal: true }, select: { content: true }, take: 1 } } as const;
  const byId = new Map((await db.qaQuestion.findMany({ where: { id: { in: ids } }, include })).map((row) => [row.id, row]));
  const found = ids.map((id) => byId.get(id)!);
  const columns = COLUMNS.filter((c) => !c.allyOnly || scope.org.type === "ALLY");

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SCR Platform";
  workbook.created = now;
  const sheet = workbook.addWorksheet("Q&A", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.date ? { numFmt: "yyyy-mm-dd hh:mm" } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const q of found) {
    // Absent values stay empty cells (null), not empty strings, so a spreadsheet's "blanks" filter finds them.
    sheet.addRow({
      number: q.questionNumber,
      project: q.project.name,
      question: q.question,
      category: QA_CATEGORY_LABELS[q.category as QaCategory] ?? q.category,
      priority: QA_PRIORITY_LABELS[q.priority as QaPriority] ?? q.priority,
      status: QA_STATUS_LABELS[q.status as QaStatus] ?? q.status,
      askedBy: q.askedByUser.fullName,
      askerOrg: q.org.name,
      assignee: q.assignee?.fullName ?? null,
      team: q.assignedTeam ? (QA_TEAM_LABELS[q.assignedTeam as QaTeam] ?? q.assignedTeam) : null,
      askedAt: q.createdAt,
      deadline: q.slaDeadline,
      answeredAt: q.answeredAt,
      sla: slaLabel(q, now),
      tags: q.tags.length ? q.tags.join(", ") : null,
      answer: q.answers[0]?.content ?? null,
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // A copy into a fresh ArrayBuffer: exceljs hands back a Node Buffer, which a Response body type does not accept.
  return { buffer: Uint8Array.from(new Uint8Array(await workbook.xlsx.writeBuffer())), rows: found.length };
}
