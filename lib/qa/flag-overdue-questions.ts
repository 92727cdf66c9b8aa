import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { emit } from "@/lib/events/emit";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { listOrgRecipients } from "@/lib/notifications/list-org-recipients";
import { questionOverdueContent } from "./qa-notification-content";

const JOB = "flag-overdue-questions";

type Flagged = { id: string; project_id: string; ally_org_id: string; project_name: string; question_number: number; assigned_to: string | null; sla_deadline: Date };

/**
 * Marks every waiting question past its deadline as breached, each once (the flag is the marker:
 * a rerun finds nothing new), audits and emits it for the project's org, and tells the assignee
 * (or, with none, the org's managers). Cross-org by nature: the job looks at every project.
 */
export async function flagOverdueQuestions(now = new Date()): Promise<{ flagged: number }> {
  const flagged = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Flagged[]>`
      UPDATE qa_questions q SET sla_breached = true, updated_at = now()
        FROM projects p
       WHERE p.id = q.project_id AND q.status IN ('open', 'in_progress') AND NOT q.sla_breached AND q.sla_deadline < ${now}
      RETURNING q.id, q.project_id, p.org_id AS ally_org_id, p.name AS project_name, q.question_number, q.assigned_to, q.sla_deadline`;
    for (const row of rows) {
      await emit(tx, "qa.sla_breached", { orgId: row.ally_org_id, questionId: row.id, projectId: row.project_id, deadline: row.sla_deadline.toISOString() });
      await recordAudit(tx, systemActor(row.ally_org_id, JOB), {
        action: "qa.sla_breached",
        entityType: "QaQuestion",
        entityId: row.id,
        changes: { before: { slaBreached: false }, after: { slaBreached: true, slaDeadline: row.sla_deadline } },
      });
    }
    return rows;
  });
  for (const row of flagged) {
    await createNotifications(
      await listOrgRecipients(row.ally_org_id, { userIds: [row.assigned_to] }),
      questionOverdueContent({ questionId: row.id, questionNumber: row.question_number, projectName: row.project_name, deadline: row.sla_deadline }),
    );
  }
  return { flagged: flagged.length };
}
