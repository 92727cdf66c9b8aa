"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** The chart's code (recharts, ~120 KB gzip) loads after the page; a placeholder of its height holds its place. */
export const ScoreHistoryChart = dynamic(() => import("./score-history-recharts").then((chart) => chart.ScoreHistoryChart), {
  ssr: false,
  loading: () => <Skeleton className="h-56 w-full" />,
});
