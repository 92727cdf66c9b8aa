import type { Tx } from "@/lib/db/create-db-client";

/**
 * The project's next question number, inside the asking transaction: one upsert on the project's
 * counter row. Concurrent asks queue on that row's lock, so numbers run 1, 2, 3 with no
 * duplicate; a transaction that rolls back returns its number with it, so there is no gap.
 * Questions numbered without the counter (the seed, rows from before it existed) are counted
 * too: the number continues after the highest one taken rather than colliding with it.
 */
export async function takeQuestionNumber(tx: Tx, projectId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ last_number: number }[]>`
    INSERT INTO qa_number_counters (project_id, last_number)
    VALUES (${projectId}::uuid, COALESCE((SELECT max(question_number) FROM qa_questions WHERE project_id = ${projectId}::uuid), 0) + 1)
    ON CONFLICT (project_id) DO UPDATE SET last_number = GREATEST(qa_number_counters.last_number + 1, EXCLUDED.last_number)
    RETURNING last_number`;
  return row.last_number;
}
