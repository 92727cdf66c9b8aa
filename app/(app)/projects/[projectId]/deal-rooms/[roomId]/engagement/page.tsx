import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RoomEngagementView } from "@/components/deal-rooms/room-engagement-view";
import { Button } from "@/components/ui/button";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { userActor } from "@/lib/auth/actor";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { getRoomEngagement } from "@/lib/deal-rooms/engagement/get-room-engagement";
import { orNotFound } from "@/lib/errors/or-not-found";

export const metadata: Metadata = { title: "Deal room engagement" };

/** Who read what in one of the ally's rooms; another org's room, or a room of another project, is a 404. */
export default async function DealRoomEngagementPage({ params }: { params: Promise<{ projectId: string; roomId: string }> }) {
  const tenant = await requireFeaturePage(dealRoomsAccess.manageRead);
  const { projectId, roomId } = await params;
  const engagement = await orNotFound(getRoomEngagement(userActor(tenant, await getRequestMeta()), roomId));
  if (engagement.room.projectId !== projectId) notFound();
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <Button asChild variant="ghost" size="sm">
          <Link href={`/projects/${projectId}/deal-rooms/${roomId}`}>
            <ArrowLeft aria-hidden /> {engagement.room.name}
          </Link>
        </Button>
        <h2 className="text-lg font-semibold">Engagement</h2>
      </div>
      <RoomEngagementView engagement={engagement} />
    </div>
  );
}
