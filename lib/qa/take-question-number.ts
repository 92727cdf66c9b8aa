import type { Tx } from "@/lib/db/create-db-client";

/**
 * The project's next question number, inside the asking transaction: one upsert on the project's
 * counter row. Concurrent asks queue on that row's lock, so numbers run 1, 2, 3 with no
 * duplicate; a transaction that rolls back returns its number with it, so there is no gap.
 */
export async function takeQuestionNumber(tx: Tx, projectId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ last_number: number }[]>`
    INSERT INTO qa_number_counters (project_id, last_number) VALUES (${projectId}::uuid, 1)
    ON CONFLICT (project_id) DO UPDATE SET last_number = qa_number_counters.last_number + 1
    RETURNING last_number`;
  return row.last_number;
}
