import { ArrowLeft, History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageLinks } from "@/components/ui/page-links";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { listRoomActivity, ROOM_ACTIVITY_PAGE_SIZE } from "@/lib/deal-rooms/list-room-activity";
import { orNotFound } from "@/lib/errors/or-not-found";

export const metadata: Metadata = { title: "Deal room activity" };

type Props = { params: Promise<{ projectId: string; roomId: string }>; searchParams: Promise<{ page?: string }> };

/** What happened in one of the ally's rooms, both sides, newest first; another org's room is a 404. */
export default async function DealRoomActivityPage({ params, searchParams }: Props) {
  const tenant = await requireFeaturePage(dealRoomsAccess.manageRead);
  const { projectId, roomId } = await params;
  const requested = Number.parseInt((await searchParams).page ?? "1", 10);
  const activity = await orNotFound(listRoomActivity(tenant, roomId, Number.isFinite(requested) ? requested : 1));
  if (activity.room.projectId !== projectId) notFound();
  const base = `/projects/${projectId}/deal-rooms/${roomId}`;
  const first = (activity.page - 1) * ROOM_ACTIVITY_PAGE_SIZE + 1;
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <Button asChild variant="ghost" size="sm">
          <Link href={base}>
            <ArrowLeft aria-hidden /> {activity.room.name}
          </Link>
        </Button>
        <h2 className="text-lg font-semibold">Activity</h2>
      </div>
      {activity.rows.length === 0 ? (
        <EmptyState icon={History} title="Nothing yet" description="What your team and the room's members do here appears in this list." />
      ) : (
        <Card className="overflow-hidden p-0">
          <Table>
            <caption className="sr-only">Activity in {activity.room.name}, newest first</caption>
            <THead>
              <TR>
                <TH>When (UTC)</TH>
                <TH>Organisation</TH>
                <TH>What happened</TH>
              </TR>
            </THead>
            <TBody>
              {activity.rows.map((row) => (
                <TR key={row.id}>
                  <TD className="whitespace-nowrap tabular-nums">{row.at.slice(0, 16).replace("T", " ")}</TD>
                  <TD>{row.orgName}</TD>
                  <TD>
                    {row.text} {row.kind === "document" ? <Badge variant="muted">Document</Badge> : null}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
          {activity.pageCount > 1 ? (
            <PageLinks
              className="border-t border-border p-3"
              page={activity.page}
              pageCount={activity.pageCount}
              hrefFor={(target) => `${base}/activity?page=${target}`}
              label="Activity pages"
              shown={{ first, last: first + activity.rows.length - 1, total: activity.total }}
            />
          ) : null}
        </Card>
      )}
    </div>
  );
}
