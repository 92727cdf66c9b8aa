import { notFound } from "next/navigation";
import { RedactionReview } from "@/components/dataroom/redaction-review";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { hasPermission } from "@/lib/auth/permissions";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import { listRedactionJobs } from "@/lib/dataroom/redaction/list-redaction-jobs";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

export const metadata = { title: "Redact personal data" };

type PageProps = { params: Promise<{ projectId: string; documentId: string }> };

export default async function RedactionPage({ params }: PageProps) {
  const tenant = await requireTenantPage();
  if (tenant.org.type !== "ALLY" || !hasPermission(tenant.role, "dataroom.read")) notFound();
  const { projectId, documentId } = await params;
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  const document = await orNotFound(getDocumentOrThrow(tenant, documentId));
  if (document.projectId !== project.id || document.fileType !== "pdf") notFound();
  const [latest] = await listRedactionJobs(tenant, document.id);
  const viewerBase = `/dataroom/${project.id}/documents`;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Data room", href: "/dataroom" }, { label: project.name, href: `/dataroom/${project.id}` }, { label: document.name, href: `${viewerBase}/${document.id}` }, { label: "Redaction" }]}
        title="Redact personal data"
        description="Emails, phone numbers, IBANs, account numbers, national IDs, names and addresses are found by offline rules. You decide what is removed; the redacted copy is a new PDF whose text no longer contains it."
      />
      <RedactionReview key={latest?.id ?? "none"} documentId={document.id} job={latest ?? null} canWrite={hasPermission(tenant.role, "dataroom.write")} viewerBase={viewerBase} />
    </>
  );
}
