import { Flag } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { ChartLegend } from "./chart-legend";
import { MilestoneTimelineChart } from "./milestone-timeline-chart";

const ring = (color: string) => <span className="size-3 rounded-full border-[3px] bg-white" style={{ borderColor: color }} />;

/** `readOnly` is the investor's view of a listed project: no link into the team's workspace. */
export function MilestoneTimelineCard({
  projectId,
  milestones,
  today,
  readOnly = false,
}: {
  projectId: string;
  milestones: MilestoneDto[];
  today: string;
  readOnly?: boolean;
}) {
  const delayed = milestones.filter((m) => m.status === "DELAYED").length;
  const completed = milestones.filter((m) => m.status === "COMPLETED").length;
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Milestones timeline</CardTitle>
          <CardDescription>
            {milestones.length === 0
              ? "Target and completion dates of the development plan."
              : `${completed} of ${milestones.length} completed${delayed > 0 ? ` · ${delayed} delayed` : ""}.`}
          </CardDescription>
        </div>
        {readOnly ? null : (
          <Link href={`/projects/${projectId}/milestones`} className="shrink-0 text-sm font-medium text-primary hover:underline">
            All milestones
          </Link>
        )}
      </CardHeader>
      <CardContent className="grid gap-3">
        {milestones.length === 0 ? (
          <EmptyState
            size="sm"
            icon={Flag}
            title="No milestones yet"
            description={readOnly ? "The developer has not added any milestones yet." : "Add them on the Milestones tab to see the plan here."}
          />
        ) : (
          <>
            <MilestoneTimelineChart milestones={milestones} today={today} />
            <ChartLegend
              items={[
                { label: "Target: not started", swatch: ring("#94a3a8") },
                { label: "in progress", swatch: ring("#1f5fbf") },
                { label: "completed", swatch: ring("#15803d") },
                { label: "delayed", swatch: ring("#b42318") },
                { label: "Completed on", swatch: <span className="size-2.5 rounded-full bg-success" /> },
                { label: "Today", swatch: <span className="h-3 border-l-2 border-dashed border-foreground" /> },
              ]}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
