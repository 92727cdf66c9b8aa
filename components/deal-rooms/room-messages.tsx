import { format } from "date-fns";
import { MessageSquare } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasAccess } from "@/lib/access/check-access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { listRoomMessages, type RoomMessageDto } from "@/lib/deal-rooms/messages/list-room-messages";
import { listRoomParticipants } from "@/lib/deal-rooms/messages/list-room-participants";
import { RoomMessageComposer } from "./room-message-composer";

type Props = { tenant: TenantContext; room: { id: string; allyOrgId: string; open: boolean } };

const CLOSED = "The room is closed: its messages stay, and it takes no new ones.";

function Message({ message }: { message: RoomMessageDto }) {
  return (
    <article id={`message-${message.id}`} className="grid gap-1 scroll-mt-24">
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-medium">{message.authorName}</span>
        <span className="text-muted-foreground">{message.orgName}</span>
        {message.fromAlly ? <Badge variant="muted">Developer</Badge> : null}
        <time className="text-xs text-muted-foreground" dateTime={message.createdAt}>
          {format(new Date(message.createdAt), "d MMM yyyy, HH:mm")}
        </time>
      </header>
      <p className="whitespace-pre-wrap break-words text-sm">{message.body}</p>
      {message.mentioned.length ? <p className="text-xs text-muted-foreground">Mentioned: {message.mentioned.map((name) => `@${name}`).join(", ")}</p> : null}
    </article>
  );
}

/** The room's conversation between the developer's team and the member investors, with replies one level deep. */
export async function RoomMessages({ tenant, room }: Props) {
  const [{ threads, totalThreads }, participants] = await Promise.all([listRoomMessages(tenant, room.id), listRoomParticipants(room)]);
  const others = participants.filter((person) => person.id !== tenant.user.id);
  const canWrite = room.open && hasAccess(tenant, dealRoomsAccess.message);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Messages</CardTitle>
        <CardDescription>
          Seen by the developer's team and every member of the room.{" "}
          {totalThreads > threads.length ? `The latest ${threads.length} of ${totalThreads} conversations.` : null}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {threads.length === 0 ? (
          <EmptyState
            icon={MessageSquare}
            title="No messages yet"
            description="Start the conversation: everyone in the room reads it, and people you mention are notified."
          />
        ) : (
          <ol className="grid gap-6">
            {threads.map((thread) => (
              <li key={thread.id} className="grid gap-3 border-b border-border pb-4 last:border-b-0">
                <Message message={thread} />
                {thread.replies.length ? (
                  <ol className="grid gap-3 border-l-2 border-border pl-4" aria-label="Replies">
                    {thread.replies.map((reply) => (
                      <li key={reply.id}>
                        <Message message={reply} />
                      </li>
                    ))}
                  </ol>
                ) : null}
                {canWrite ? (
                  <details className="pl-4">
                    <summary className="cursor-pointer text-sm font-medium text-muted-foreground">Reply</summary>
                    <div className="pt-2">
                      <RoomMessageComposer roomId={room.id} parentId={thread.id} participants={others} />
                    </div>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {canWrite ? <RoomMessageComposer roomId={room.id} participants={others} /> : null}
        {room.open ? null : <p className="text-sm text-muted-foreground">{CLOSED}</p>}
      </CardContent>
    </Card>
  );
}
