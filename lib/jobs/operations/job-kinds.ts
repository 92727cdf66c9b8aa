/**
 * What each job is called on the operations pages. Keyed by the job's stable id (also its Inngest
 * function id); a job missing here is shown by its id, so a new job is never hidden.
 */
const JOB_KINDS: Record<string, { label: string; unit?: string }> = {
  "dataroom-process-uploaded-document": { label: "Text extraction", unit: "pages" },
  "dataroom-analyze-redaction": { label: "Redaction analysis", unit: "pages" },
  "dataroom-apply-redaction": { label: "Redaction", unit: "pages" },
  "score-signal": { label: "Signal Score" },
  "rescore-signal": { label: "Signal Score refresh" },
  "evaluate-badges": { label: "Badges" },
  "complete-improvement-quests": { label: "Quest check" },
  "refresh-milestone-delays": { label: "Milestone delays" },
  "sweep-milestone-delays": { label: "Daily milestone sweep" },
  "deliver-webhooks": { label: "Webhook delivery", unit: "deliveries" },
  "retry-webhook-deliveries": { label: "Webhook retries" },
  "apply-retention": { label: "Data retention" },
};

export function jobKindLabel(jobId: string): string {
  return JOB_KINDS[jobId]?.label ?? jobId;
}

/** What a job's progress counts ("37 / 120 pages"); null when it counts plain items. */
export function jobProgressUnit(jobId: string): string | null {
  return JOB_KINDS[jobId]?.unit ?? null;
}

export type JobKindOption = { id: string; label: string };

/** Filter options: the kinds that have runs, by label. */
export function toJobKindOptions(jobIds: string[]): JobKindOption[] {
  return [...new Set(jobIds)].map((id) => ({ id, label: jobKindLabel(id) })).sort((a, b) => a.label.localeCompare(b.label, "en"));
}
