import { HeadBucketCommand } from "@aws-sdk/client-s3";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { unsafeGetWorkerHealth, type WorkerHealth } from "@/lib/jobs/operations/unsafe-get-worker-health";
import { getStorage } from "@/lib/storage/s3-client";

/** A check slower than this is reported as down rather than holding the page. */
export const HEALTH_CHECK_TIMEOUT_MS = 5_000;

export type ServiceCheck = { status: "up" | "down" | "not-configured"; latencyMs: number | null; detail: string };
export type SystemHealth = { checkedAt: string; database: ServiceCheck; storage: ServiceCheck; worker: WorkerHealth };

const since = (start: number) => Math.round((performance.now() - start) * 10) / 10;
const reason = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

async function checkDatabase(): Promise<ServiceCheck> {
  const start = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${HEALTH_CHECK_TIMEOUT_MS / 1000} s`)), HEALTH_CHECK_TIMEOUT_MS).unref?.()),
    ]);
    return { status: "up", latencyMs: since(start), detail: "SELECT 1 answered." };
  } catch (error) {
    return { status: "down", latencyMs: since(start), detail: reason(error) };
  }
}

async function checkStorage(): Promise<ServiceCheck> {
  let storage: ReturnType<typeof getStorage>;
  try {
    storage = getStorage();
  } catch (error) {
    if (isAppError(error) && error.code === "CONFIGURATION") return { status: "not-configured", latencyMs: null, detail: error.message };
    throw error;
  }
  const start = performance.now();
  try {
    await storage.client.send(new HeadBucketCommand({ Bucket: storage.bucket }), { abortSignal: AbortSignal.timeout(HEALTH_CHECK_TIMEOUT_MS) });
    return { status: "up", latencyMs: since(start), detail: `Bucket ${storage.bucket} answered a HEAD request.` };
  } catch (error) {
    return { status: "down", latencyMs: since(start), detail: `Bucket ${storage.bucket}: ${reason(error)}` };
  }
}

/**
 * The platform's moving parts, each timed: the database (SELECT 1), the file store (HEAD on the
 * bucket) and the job workers with their backlog. Unsafe by design: the worker figures count
 * every org's work; for the platform admin console only.
 */
export async function unsafeCheckSystemHealth(now = new Date()): Promise<SystemHealth> {
  const [database, storage, worker] = await Promise.all([checkDatabase(), checkStorage(), unsafeGetWorkerHealth(now)]);
  return { checkedAt: now.toISOString(), database, storage, worker };
}
