import { RedactionView } from "@/components/dataroom/views/redaction-view";

type PageProps = { params: Promise<{ portfolioId: string; documentId: string }> };

export const metadata = { title: "Redact personal data" };

export default async function PortfolioRedactionPage({ params }: PageProps) {
  const { portfolioId, documentId } = await params;
  return <RedactionView roomRef={{ kind: "portfolio", id: portfolioId }} documentId={documentId} />;
}
