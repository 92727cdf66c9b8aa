"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** recharts (~120 KB gzip) loads after the page; a placeholder of the chart's height holds its place. */
export const PipelineFunnelChart = dynamic(() => import("./pipeline-funnel-recharts").then((chart) => chart.PipelineFunnelChart), {
  ssr: false,
  loading: () => <Skeleton className="h-56 w-full" />,
});
