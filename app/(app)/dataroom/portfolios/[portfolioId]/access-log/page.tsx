import { AccessLogView } from "@/components/dataroom/views/access-log-view";

type PageProps = { params: Promise<{ portfolioId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Data room access log" };

export default async function PortfolioAccessLogPage({ params, searchParams }: PageProps) {
  return <AccessLogView roomRef={{ kind: "portfolio", id: (await params).portfolioId }} searchParams={await searchParams} />;
}
