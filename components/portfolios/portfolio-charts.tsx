"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** The charts' code (recharts) loads after the page; a placeholder of the same size holds their place. */
export const NavOverTimeChart = dynamic(() => import("./portfolio-charts-recharts").then((chart) => chart.NavOverTimeChart), {
  ssr: false,
  loading: () => <Skeleton className="h-60 w-full" />,
});

export const JCurveChart = dynamic(() => import("./portfolio-charts-recharts").then((chart) => chart.JCurveChart), {
  ssr: false,
  loading: () => <Skeleton className="h-60 w-full" />,
});
