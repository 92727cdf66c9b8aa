import { DocumentView } from "@/components/dataroom/views/document-view";

type PageProps = { params: Promise<{ projectId: string; documentId: string }>; searchParams: Promise<{ page?: string }> };

export const metadata = { title: "Document" };

export default async function ProjectDocumentPage({ params, searchParams }: PageProps) {
  const { projectId, documentId } = await params;
  const initialPage = Number((await searchParams).page) || 1;
  return <DocumentView roomRef={{ kind: "project", id: projectId }} documentId={documentId} initialPage={initialPage} />;
}
