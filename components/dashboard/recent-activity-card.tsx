import { format, formatDistanceToNow } from "date-fns";
import { History } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { describeActivity } from "@/lib/dashboard/describe-activity";
import type { ActivityEntry } from "@/lib/dashboard/types";

export function RecentActivityCard({ entries, className }: { entries: ActivityEntry[]; className?: string }) {
  return (
    <Card className={className}>
      <CardHeader>
        <CardTitle>Recent activity</CardTitle>
        <CardDescription>The latest changes made in your organisation.</CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <EmptyState size="sm" icon={History} title="No activity yet" description="Changes your team makes will appear here." />
        ) : (
          <ol className="grid">
            {entries.map((entry) => (
              <li key={entry.id} className="flex items-start gap-3 border-b border-border py-3 first:pt-0 last:border-0 last:pb-0">
                <Avatar name={entry.actorName ?? "System"} size="sm" className="mt-0.5" decorative />
                <div className="grid min-w-0 flex-1 gap-0.5">
                  <p className="text-sm text-foreground">
                    <span className="font-medium">{entry.actorName ?? "System"}</span>{" "}
                    <span className="text-muted-foreground">{describeActivity(entry.action)}</span>
                    {entry.subject ? <span className="font-medium"> {entry.subject}</span> : null}
                  </p>
                  <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                    <time dateTime={entry.at} title={format(new Date(entry.at), "d MMM yyyy, HH:mm")}>
                      {formatDistanceToNow(new Date(entry.at), { addSuffix: true })}
                    </time>
                    <code className="font-mono text-[11px]">{entry.action}</code>
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
