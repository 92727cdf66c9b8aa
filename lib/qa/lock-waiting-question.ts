import type { Tx } from "@/lib/db/create-db-client";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { QaStatus } from "./qa-options";

/**
 * Locks a question's row for the rest of the transaction and returns its status, refusing one
 * that no longer waits for an answer: two people answering, or an answer racing a close, queue
 * here and the second sees what the first did.
 */
export async function lockWaitingQuestion(tx: Tx, questionId: string): Promise<{ status: QaStatus; slaDeadline: Date | null }> {
  const [row] = await tx.$queryRaw<{ status: QaStatus; sla_deadline: Date | null }[]>`
    SELECT status, sla_deadline FROM qa_questions WHERE id = ${questionId}::uuid FOR UPDATE`;
  if (!row) throw notFound("Question");
  if (row.status === "answered") throw new AppError("CONFLICT", "This question already has its final answer.");
  if (row.status === "closed") throw new AppError("CONFLICT", "This question is closed: it takes no more answers.");
  return { status: row.status, slaDeadline: row.sla_deadline };
}
