import { Download, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassificationBadge, DocumentStatusBadge } from "@/components/dataroom/document-badges";
import { ExtractedTextView } from "@/components/dataroom/extracted-text-view";
import { PdfViewer } from "@/components/dataroom/pdf-viewer";
import { RefreshWhileProcessing } from "@/components/dataroom/refresh-while-processing";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { hasPermission, ROLE_RANK } from "@/lib/auth/permissions";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { getDocumentView } from "@/lib/dataroom/get-document-view";
import { formatBytes } from "@/lib/dataroom/upload-limits";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

type PageProps = { params: Promise<{ projectId: string; documentId: string }>; searchParams: Promise<{ page?: string }> };

export const metadata = { title: "Document" };

export default async function DocumentViewerPage({ params, searchParams }: PageProps) {
  const tenant = await requireTenantPage();
  if (tenant.org.type !== "ALLY" || !hasPermission(tenant.role, "dataroom.read")) notFound();
  const { projectId, documentId } = await params;
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  const { document, pages, annotations } = await orNotFound(getDocumentView({ ...tenant, request: await getRequestMeta() }, documentId));
  if (document.projectId !== project.id) notFound();
  const fileUrl = `/api/dataroom/documents/${document.id}/download`;
  const base = `/dataroom/${project.id}`;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Data room", href: "/dataroom" }, { label: project.name, href: base }, { label: document.name }]}
        title={<span className="break-all">{document.name}</span>}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <DocumentStatusBadge status={document.status} title={document.errorMessage} />
            <ClassificationBadge classification={document.classification} />
            <span>Version {document.version} · {formatBytes(document.sizeBytes)}{document.watermarkEnabled ? " · downloads are watermarked" : ""}</span>
          </span>
        }
        actions={
          <>
            {document.fileType === "pdf" && document.status === "READY" && hasPermission(tenant.role, "dataroom.write") ? (
              <Button asChild variant="outline"><Link href={`${base}/documents/${document.id}/redaction`}><ShieldCheck aria-hidden /> Redact personal data</Link></Button>
            ) : null}
            <Button asChild variant="outline"><a href={fileUrl}><Download aria-hidden /> Download</a></Button>
          </>
        }
      />
      <RefreshWhileProcessing active={document.status === "UPLOADING" || document.status === "PROCESSING"} />
      {document.fileType === "pdf" && document.status !== "ERROR" ? (
        <PdfViewer
          documentId={document.id}
          fileUrl={`${fileUrl}?inline=1`}
          pageTexts={pages}
          initialAnnotations={annotations}
          canAnnotate={hasPermission(tenant.role, "dataroom.write")}
          userId={tenant.user.id}
          canModerate={ROLE_RANK[tenant.role] >= ROLE_RANK.manager}
          initialPage={Number((await searchParams).page) || 1}
        />
      ) : document.fileType === "png" || document.fileType === "jpg" ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, per-request file: no image optimisation
        <img src={`${fileUrl}?inline=1`} alt={document.name} className="mx-auto max-h-[80vh] rounded-lg border border-border bg-surface object-contain" />
      ) : (
        <ExtractedTextView pages={pages} status={document.status} errorMessage={document.errorMessage} fileType={document.fileType} />
      )}
    </>
  );
}
