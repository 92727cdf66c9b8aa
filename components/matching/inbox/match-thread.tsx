import { format } from "date-fns";
import { MessagesSquare } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import type { MatchThread as MatchThreadData } from "@/lib/matching/inbox/list-match-messages";
import { cn } from "@/lib/utils/cn";

type Props = { thread: MatchThreadData; ownOrgName: string; counterpartName: string; emptyText: string };

/** The conversation, oldest first: the reader's side on the right, the other side on the left, each with its author and time. */
export function MatchThread({ thread, ownOrgName, counterpartName, emptyText }: Props) {
  if (!thread.messages.length) return <EmptyState size="sm" icon={MessagesSquare} title="No messages yet" description={emptyText} />;
  return (
    <div className="grid gap-3">
      {thread.earlier ? <p className="text-center text-xs text-muted-foreground">{thread.earlier.toLocaleString("en")} earlier messages are not shown.</p> : null}
      <ol aria-label="Messages" className="grid gap-3">
        {thread.messages.map((m) => (
          <li key={m.id} className={cn("grid max-w-[85%] gap-1", m.fromOwnSide ? "justify-self-end" : "justify-self-start")}>
            <p className={cn("text-xs text-muted-foreground", m.fromOwnSide && "text-right")}>
              <span className="font-medium text-foreground">{m.mine ? "You" : m.senderName}</span> · {m.fromOwnSide ? ownOrgName : counterpartName} ·{" "}
              <time dateTime={m.createdAt}>{format(new Date(m.createdAt), "d MMM yyyy, HH:mm")}</time>
            </p>
            <p
              className={cn(
                "rounded-lg px-3 py-2 text-sm leading-relaxed whitespace-pre-line",
                m.fromOwnSide ? "bg-brand-50 text-foreground" : "bg-muted text-foreground",
              )}
            >
              {m.content}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
