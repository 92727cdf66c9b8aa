"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { timelineChartHeight } from "./chart-heights";

type Props = { milestones: MilestoneDto[]; today: string };

const Chart = dynamic(() => import("./milestone-timeline-recharts").then((chart) => chart.MilestoneTimelineChart), {
  ssr: false,
  loading: () => <Skeleton className="size-full" />,
});

/** The chart's code (recharts, ~120 KB gzip) loads after the page; a placeholder of its height holds its place. */
export function MilestoneTimelineChart(props: Props) {
  return (
    <div style={{ minHeight: timelineChartHeight(props.milestones.length) }} className="grid">
      <Chart {...props} />
    </div>
  );
}
