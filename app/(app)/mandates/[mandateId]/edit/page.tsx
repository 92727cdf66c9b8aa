import type { Metadata } from "next";
import { EditMandateForm } from "@/components/matching/mandates/edit-mandate-form";
import { toMandateFormValues } from "@/components/matching/mandates/mandate-form-values";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { matchingAccess } from "@/lib/matching/access";
import { getMandateOrThrow } from "@/lib/matching/mandates/get-mandate-or-throw";
import { toMandateDto } from "@/lib/matching/mandates/to-mandate-dto";
import { getProjectFormOptions } from "@/lib/projects/project-form-options";

export const metadata: Metadata = { title: "Edit mandate" };

export default async function EditMandatePage({ params }: { params: Promise<{ mandateId: string }> }) {
  const tenant = await requireFeaturePage(matchingAccess.writeMandates);
  const { mandateId } = await params;
  const mandate = toMandateDto(await orNotFound(getMandateOrThrow(tenant, mandateId)));
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Mandates", href: "/mandates" }, { label: mandate.name, href: `/mandates/${mandate.id}` }, { label: "Edit" }]}
        title={`Edit ${mandate.name}`}
        description="Saving rescores every published project against the mandate within a minute."
      />
      {hasAccess(tenant, matchingAccess.writeMandates) ? (
        <EditMandateForm
          // A fresh form whenever the mandate changes underneath (after a reload, say), never stale inputs.
          key={mandate.updatedAt}
          mandateId={mandate.id}
          values={toMandateFormValues(mandate)}
          options={getProjectFormOptions()}
        />
      ) : (
        <Alert variant="warning" title="You can't edit this mandate">
          Your role ({tenant.role}) can read mandates but not change them. Ask an admin of {tenant.org.name} for analyst access.
        </Alert>
      )}
    </>
  );
}
