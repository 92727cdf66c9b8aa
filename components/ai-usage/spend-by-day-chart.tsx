"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** The chart's code (recharts, ~120 KB gzip) loads after the page; a placeholder of its height holds its place. */
export const SpendByDayChart = dynamic(() => import("./spend-by-day-recharts").then((chart) => chart.SpendByDayChart), {
  ssr: false,
  loading: () => <Skeleton className="h-60 w-full" />,
});
