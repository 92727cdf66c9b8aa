import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { MilestoneList } from "@/lib/dashboard/types";
import { describeMilestoneTiming, formatDateOnly } from "./milestone-timing";

export type MilestoneListCardProps = {
  title: string;
  description: string;
  milestones: MilestoneList;
  emptyIcon: LucideIcon;
  emptyTitle: string;
  tone: "info" | "warning" | "danger";
};

export function MilestoneListCard({ title, description, milestones, emptyIcon, emptyTitle, tone }: MilestoneListCardProps) {
  const more = milestones.total - milestones.items.length;
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>{title}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
        <Badge variant={milestones.total > 0 ? tone : "muted"} aria-label={`${milestones.total} milestones`}>
          {milestones.total}
        </Badge>
      </CardHeader>
      <CardContent className="flex-1">
        {milestones.items.length === 0 ? (
          <EmptyState size="sm" icon={emptyIcon} title={emptyTitle} className="h-full" />
        ) : (
          <ul className="-mx-2 grid">
            {milestones.items.map((milestone) => {
              const timing = describeMilestoneTiming(milestone.targetDate);
              return (
                <li key={milestone.id}>
                  <Link
                    href={`/projects/${milestone.projectId}`}
                    className="flex items-center justify-between gap-3 rounded-md px-2 py-2.5 transition-colors hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
                  >
                    <span className="grid min-w-0 gap-0.5">
                      <span className="truncate text-sm font-medium text-foreground">{milestone.name}</span>
                      <span className="truncate text-xs text-muted-foreground">{milestone.projectName}</span>
                    </span>
                    <span className="grid shrink-0 justify-items-end gap-0.5 text-right">
                      <span className={timing.overdue ? "text-xs font-medium text-danger" : "text-xs font-medium text-foreground"}>{timing.text}</span>
                      <time dateTime={milestone.targetDate} className="text-xs text-muted-foreground">
                        {formatDateOnly(milestone.targetDate)}
                      </time>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
        {more > 0 ? (
          <p className="mt-2 text-xs text-muted-foreground">
            and {more} more: see{" "}
            <Link href="/projects" className="font-medium text-primary hover:underline">
              Projects
            </Link>
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
