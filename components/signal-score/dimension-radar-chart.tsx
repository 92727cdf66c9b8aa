"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** The chart's code (recharts, ~120 KB gzip) loads after the page; a placeholder of its height holds its place. */
export const DimensionRadarChart = dynamic(() => import("./dimension-radar-recharts").then((chart) => chart.DimensionRadarChart), {
  ssr: false,
  loading: () => <Skeleton className="h-72 w-full" />,
});
