import type { Metadata } from "next";
import { CreateMandateForm } from "@/components/matching/mandates/create-mandate-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { matchingAccess } from "@/lib/matching/access";
import { getProjectFormOptions } from "@/lib/projects/project-form-options";

export const metadata: Metadata = { title: "New mandate" };

export default async function NewMandatePage() {
  const tenant = await requireFeaturePage(matchingAccess.writeMandates);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Mandates", href: "/mandates" }, { label: "New mandate" }]}
        title="New mandate"
        description="It is active as soon as it is saved: published projects are scored against it within a minute."
      />
      {hasAccess(tenant, matchingAccess.writeMandates) ? (
        <CreateMandateForm options={getProjectFormOptions()} />
      ) : (
        <Alert variant="warning" title="You can't create mandates">
          Your role ({tenant.role}) can read mandates but not change them. Ask an admin of {tenant.org.name} for analyst access.
        </Alert>
      )}
    </>
  );
}
