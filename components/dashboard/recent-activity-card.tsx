import { History } from "lucide-react";
import { ActivityList } from "@/components/audit/activity-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
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
          <ActivityList items={entries} label="Recent activity" />
        )}
      </CardContent>
    </Card>
  );
}
