import { RoomView } from "@/components/dataroom/views/room-view";

type PageProps = { params: Promise<{ projectId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Data room" };

export default async function ProjectDataRoomPage({ params, searchParams }: PageProps) {
  return <RoomView roomRef={{ kind: "project", id: (await params).projectId }} searchParams={await searchParams} />;
}
