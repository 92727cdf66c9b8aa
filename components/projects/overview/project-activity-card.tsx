import { History } from "lucide-react";
import Link from "next/link";
import { ActivityList } from "@/components/audit/activity-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
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
          <ActivityList items={entries} label="Recent changes" />
        )}
      </CardContent>
    </Card>
  );
}
