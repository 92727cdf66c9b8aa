import { hostname } from "node:os";
import type { DbClient } from "@/lib/db/create-db-client";

const startedAt = new Date();

/** Tells the operations page this worker is alive (a beat older than ~30 s means it is down). */
export async function beatHeartbeat(db: DbClient, workerId: string, runsDone: number): Promise<void> {
  const now = new Date();
  await db.$executeRaw`
    INSERT INTO worker_heartbeats (worker_id, host, pid, started_at, beat_at, runs_done)
    VALUES (${workerId}, ${hostname()}, ${process.pid}, ${startedAt}, ${now}, ${runsDone})
    ON CONFLICT (worker_id) DO UPDATE SET beat_at = EXCLUDED.beat_at, runs_done = EXCLUDED.runs_done`;
}

/** Heartbeats of workers gone for a day are history, not information. */
export async function pruneHeartbeats(db: DbClient): Promise<void> {
  await db.$executeRaw`DELETE FROM worker_heartbeats WHERE beat_at < ${new Date(Date.now() - 86_400_000)}`;
}
