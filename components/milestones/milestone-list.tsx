"use client";

import dynamic from "next/dynamic";
import { createContext, useContext } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { MilestoneListProps } from "./sortable-milestone-list";

const RowCount = createContext(0);

/** One placeholder row per milestone, as MilestoneListSkeleton draws them. */
function LoadingRows() {
  const rows = useContext(RowCount);
  return (
    <div role="status" aria-live="polite" className="grid gap-px overflow-hidden rounded-lg border border-border">
      <span className="sr-only">Loading milestones…</span>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-16 rounded-none" />
      ))}
    </div>
  );
}

// Drag and drop (@dnd-kit, ~15 KB gzip) loads after the page rather than with it.
const SortableMilestoneList = dynamic(() => import("./sortable-milestone-list").then((list) => list.SortableMilestoneList), { ssr: false, loading: LoadingRows });

/** The milestones in order, reorderable by those who may edit (SortableMilestoneList). */
export function MilestoneList(props: MilestoneListProps) {
  return (
    <RowCount.Provider value={props.milestones.length}>
      <SortableMilestoneList {...props} />
    </RowCount.Provider>
  );
}
