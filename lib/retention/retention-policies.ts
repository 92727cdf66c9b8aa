/**
 * What the data dictionary keeps and for how long. Archived tables go to object storage as gzipped
 * JSON lines before their rows are removed; delivered webhook attempts are simply removed (the
 * receiver has them, and failed ones stay for the log).
 */
export type RetentionPolicy = {
  id: "audit_logs" | "document_access_logs" | "ai_task_logs" | "webhook_deliveries";
  label: string;
  days: number;
  archive: boolean;
};

export const RETENTION_POLICIES: readonly RetentionPolicy[] = [
  { id: "audit_logs", label: "Audit log entries", days: 365, archive: true },
  { id: "document_access_logs", label: "Document access log entries", days: 365, archive: true },
  { id: "ai_task_logs", label: "AI task logs", days: 90, archive: true },
  { id: "webhook_deliveries", label: "Delivered webhook attempts", days: 30, archive: false },
];

export function retentionCutoff(policy: RetentionPolicy, now: Date): Date {
  return new Date(now.getTime() - policy.days * 86_400_000);
}
