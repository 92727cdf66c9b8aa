import { RoomView } from "@/components/dataroom/views/room-view";

type PageProps = { params: Promise<{ portfolioId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Data room" };

export default async function PortfolioDataRoomPage({ params, searchParams }: PageProps) {
  return <RoomView roomRef={{ kind: "portfolio", id: (await params).portfolioId }} searchParams={await searchParams} />;
}
