import { IDEMPOTENCY_KEY_TTL_MS } from "@/lib/api/idempotency/idempotency-rules";

/**
 * What the data dictionary keeps and for how long. Archived tables go to object storage as gzipped
 * JSON lines before their rows are removed; delivered webhook attempts are simply removed (the
 * receiver has them, and failed ones stay for the log); so are API idempotency keys past their
 * expiry, which no retry can replay any more (a retry after it runs anew), so they are only weight.
 */
export type RetentionPolicy = {
  id: "audit_logs" | "document_access_logs" | "ai_task_logs" | "webhook_deliveries" | "api_idempotency_keys";
  label: string;
  days: number;
  archive: boolean;
};

export const RETENTION_POLICIES: readonly RetentionPolicy[] = [
  { id: "audit_logs", label: "Audit log entries", days: 365, archive: true },
  { id: "document_access_logs", label: "Document access log entries", days: 365, archive: true },
  { id: "ai_task_logs", label: "AI task logs", days: 90, archive: true },
  { id: "webhook_deliveries", label: "Delivered webhook attempts", days: 30, archive: false },
  { id: "api_idempotency_keys", label: "Expired API idempotency keys", days: IDEMPOTENCY_KEY_TTL_MS / 86_400_000, archive: false },
];

export function retentionCutoff(policy: RetentionPolicy, now: Date): Date {
  return new Date(now.getTime() - policy.days * 86_400_000);
}
