import { hasAccess } from "@/lib/access/check-access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { qaAccess } from "@/lib/qa/access";
import { getSlaPolicy } from "@/lib/qa/get-sla-policy";
import { AskQuestionDialog } from "./ask-question-dialog";

type Props = {
  tenant: TenantContext;
  project: { id: string; orgId: string; developerName: string };
  /** Set when asked from a deal room. */
  dealRoomId?: string;
  documents: { id: string; name: string }[] | null;
};

/** For investors who may ask: the dialog, told the developer's own response times (its deadlines are theirs). */
export async function AskQuestionButton({ tenant, project, dealRoomId, documents }: Props) {
  if (!hasAccess(tenant, qaAccess.ask)) return null;
  const policy = await getSlaPolicy(project.orgId);
  return (
    <AskQuestionDialog
      projectId={project.id}
      dealRoomId={dealRoomId}
      developerName={project.developerName}
      slaHours={policy.hours}
      slaIsDefault={policy.isDefault}
      documents={(documents ?? []).map((document) => ({ id: document.id, name: document.name }))}
    />
  );
}
