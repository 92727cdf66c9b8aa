"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** The trend charts' code (recharts) loads after the page; a placeholder of the same size holds their place. */
export const IrrTrendChart = dynamic(() => import("./metric-trend-recharts").then((chart) => chart.IrrTrendChart), {
  ssr: false,
  loading: () => <Skeleton className="h-60 w-full" />,
});

export const MoicTrendChart = dynamic(() => import("./metric-trend-recharts").then((chart) => chart.MoicTrendChart), {
  ssr: false,
  loading: () => <Skeleton className="h-60 w-full" />,
});
