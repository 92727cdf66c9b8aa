import { AccessLogView } from "@/components/dataroom/views/access-log-view";

type PageProps = { params: Promise<{ projectId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Data room access log" };

export default async function ProjectAccessLogPage({ params, searchParams }: PageProps) {
  return <AccessLogView roomRef={{ kind: "project", id: (await params).projectId }} searchParams={await searchParams} />;
}
