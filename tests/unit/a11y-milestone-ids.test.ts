import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { SortableMilestoneList } from "@/components/milestones/sortable-milestone-list";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";

const milestone = (id: string, name: string, orderIndex: number): MilestoneDto => ({
  id,
  name,
  description: "",
  targetDate: "2027-03-01",
  completedDate: null,
  status: "NOT_STARTED",
  recordedStatus: "NOT_STARTED",
  completionPct: 0,
  orderIndex,
});

const describedByIds = (html: string) => [...html.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]);

describe("milestone list ids", () => {
  // The browser hydrates after the server has rendered other lists in the same process: a
  // module-level counter (dnd-kit's default) gives the client different ids than the server.
  it("renders the same drag-handle aria-describedby on every render, so hydration matches", () => {
    const props = { projectId: "p", canEdit: true, milestones: [milestone("a", "Permits", 0), milestone("b", "Financial close", 1)] };
    const first = describedByIds(renderToString(createElement(SortableMilestoneList, props)));
    const second = describedByIds(renderToString(createElement(SortableMilestoneList, props)));
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  it("leaves drag and drop out of the server render (it loads after the page), so no dnd id can mismatch", () => {
    const props = { projectId: "p", canEdit: true, milestones: [milestone("a", "Permits", 0)] };
    expect(describedByIds(renderToString(createElement(MilestoneList, props)))).toEqual([]);
  });
});
