import { DocumentView } from "@/components/dataroom/views/document-view";

type PageProps = { params: Promise<{ portfolioId: string; documentId: string }>; searchParams: Promise<{ page?: string }> };

export const metadata = { title: "Document" };

export default async function PortfolioDocumentPage({ params, searchParams }: PageProps) {
  const { portfolioId, documentId } = await params;
  const initialPage = Number((await searchParams).page) || 1;
  return <DocumentView roomRef={{ kind: "portfolio", id: portfolioId }} documentId={documentId} initialPage={initialPage} />;
}
