import { formatDistanceToNow } from "date-fns";
import { History } from "lucide-react";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { describeActivity } from "@/lib/dashboard/describe-activity";
import type { ProjectActivityEntry } from "@/lib/projects/list-project-activity";

/** The latest audited changes to the project, its milestones and its budget. */
export function ProjectActivityCard({ projectId, entries }: { projectId: string; entries: ProjectActivityEntry[] }) {
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Recent activity</CardTitle>
          <CardDescription>Changes to this project, its milestones and budget.</CardDescription>
        </div>
        <Link href={`/projects/${projectId}/history`} className="shrink-0 text-sm font-medium text-primary hover:underline">
          History
        </Link>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <EmptyState size="sm" icon={History} title="No activity yet" description="Edits to the project will appear here." />
        ) : (
          <ol className="grid" aria-label="Recent changes">
            {entries.map((entry) => (
              <li key={entry.id} className="flex items-start gap-3 border-b border-border py-2.5 first:pt-0 last:border-0 last:pb-0">
                <Avatar name={entry.actorName ?? "System"} size="sm" className="mt-0.5" decorative />
                <div className="grid min-w-0 flex-1 gap-0.5">
                  <p className="text-sm text-foreground">
                    <span className="font-medium">{entry.actorName ?? "System"}</span>{" "}
                    <span className="text-muted-foreground">{describeActivity(entry.action)}</span>
                    {entry.subject ? <span className="font-medium break-words"> {entry.subject}</span> : null}
                  </p>
                  <time dateTime={entry.at} className="text-xs text-muted-foreground">
                    {formatDistanceToNow(new Date(entry.at), { addSuffix: true })}
                  </time>
                </div>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
