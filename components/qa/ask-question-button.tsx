import { hasAccess } from "@/lib/access/check-access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";
import { qaAccess } from "@/lib/qa/access";
import { getSlaPolicy } from "@/lib/qa/get-sla-policy";
import { AskQuestionDialog } from "./ask-question-dialog";

type Props = { tenant: TenantContext; projectId: string; documents: { id: string; name: string }[] | null };

/** For investors who may ask: the dialog, told the developer's own response times (its deadlines are theirs). */
export async function AskQuestionButton({ tenant, projectId, documents }: Props) {
  if (!hasAccess(tenant, qaAccess.ask)) return null;
  const project = await getListedProjectOrThrow(projectId);
  const policy = await getSlaPolicy(project.orgId);
  return (
    <AskQuestionDialog
      projectId={projectId}
      developerName={project.org.name}
      slaHours={policy.hours}
      slaIsDefault={policy.isDefault}
      documents={(documents ?? []).map((document) => ({ id: document.id, name: document.name }))}
    />
  );
}
