import { format, formatDistanceToNow } from "date-fns";
import { Avatar } from "@/components/ui/avatar";
import type { SentencePart } from "@/lib/audit/types";
import { AuditSentence } from "./audit-sentence";

export type ActivityListItem = { id: string; at: string; actorName: string | null; sentence: SentencePart[]; details?: SentencePart[][] };

/** Recent entries as sentences with who and when; a folded run lists its entries under it. */
export function ActivityList({ items, label }: { items: ActivityListItem[]; label: string }) {
  return (
    <ol className="grid" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="flex items-start gap-3 border-b border-border py-2.5 first:pt-0 last:border-0 last:pb-0">
          <Avatar name={item.actorName ?? "System"} size="sm" className="mt-0.5" decorative />
          <div className="grid min-w-0 flex-1 gap-0.5">
            <p className="text-sm">
              <AuditSentence parts={item.sentence} />
            </p>
            {item.details && item.details.length > 0 ? (
              <details className="text-xs text-muted-foreground">
                <summary className="cursor-pointer rounded-sm hover:text-foreground">Show all {item.details.length}</summary>
                <ul className="mt-1 grid gap-0.5 pl-3">
                  {item.details.map((detail, index) => (
                    <li key={index}>
                      <AuditSentence parts={detail} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <time dateTime={item.at} title={format(new Date(item.at), "d MMM yyyy, HH:mm")} className="text-xs text-muted-foreground">
              {formatDistanceToNow(new Date(item.at), { addSuffix: true })}
            </time>
          </div>
        </li>
      ))}
    </ol>
  );
}
