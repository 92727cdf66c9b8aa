"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** The chart's code (recharts) loads after the page; a placeholder holds its place. */
export const TimePerDocumentChart = dynamic(() => import("./time-per-document-recharts").then((chart) => chart.TimePerDocumentChart), {
  ssr: false,
  loading: () => <Skeleton className="h-48 w-full" />,
});
