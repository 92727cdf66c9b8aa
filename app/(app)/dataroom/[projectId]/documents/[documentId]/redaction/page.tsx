import { RedactionView } from "@/components/dataroom/views/redaction-view";

type PageProps = { params: Promise<{ projectId: string; documentId: string }> };

export const metadata = { title: "Redact personal data" };

export default async function ProjectRedactionPage({ params }: PageProps) {
  const { projectId, documentId } = await params;
  return <RedactionView roomRef={{ kind: "project", id: projectId }} documentId={documentId} />;
}
