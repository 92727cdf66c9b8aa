import { describe, expect, it } from "vitest";
import { listDelayedMilestones } from "@/lib/dashboard/list-delayed-milestones";
import { listUpcomingMilestones } from "@/lib/dashboard/list-upcoming-milestones";
import { createTenant, createTenantProject, db } from "../support/test-db";

const NOW = new Date("2026-06-15T10:30:00Z");
type Status = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "DELAYED";

async function milestone(projectId: string, name: string, targetDate: string, status: Status = "NOT_STARTED") {
  return db.projectMilestone.create({ data: { projectId, name, targetDate: new Date(`${targetDate}T00:00:00Z`), status } });
}

describe("dashboard milestone lists", () => {
  it("upcoming: open milestones from today to 30 days on, soonest first, the first few with the count of all, this org's only", async () => {
    const ally = await createTenant();
    const turkana = await createTenantProject(ally, { name: "Turkana Wind" });
    const kisumu = await createTenantProject(ally, { name: "Kisumu Solar" });
    await milestone(turkana.id, "Grid study", "2026-06-15");
    await milestone(kisumu.id, "Land lease", "2026-06-20", "IN_PROGRESS");
    await milestone(turkana.id, "Financial close", "2026-07-15");
    await milestone(turkana.id, "Done already", "2026-06-18", "COMPLETED");
    await milestone(turkana.id, "Too far", "2026-07-16");
    await milestone(turkana.id, "Yesterday", "2026-06-14");
    const other = await createTenant();
    await milestone((await createTenantProject(other)).id, "Another org's", "2026-06-16");

    const all = await listUpcomingMilestones(ally.org.id, { now: NOW });
    expect(all.total).toBe(3);
    expect(all.items.map((m) => [m.name, m.projectName, m.targetDate, m.status])).toEqual([
      ["Grid study", "Turkana Wind", "2026-06-15", "NOT_STARTED"],
      ["Land lease", "Kisumu Solar", "2026-06-20", "IN_PROGRESS"],
      ["Financial close", "Turkana Wind", "2026-07-15", "NOT_STARTED"],
    ]);
    expect(all.items[0].projectId).toBe(turkana.id);

    const firstTwo = await listUpcomingMilestones(ally.org.id, { now: NOW, limit: 2 });
    expect(firstTwo.total).toBe(3);
    expect(firstTwo.items.map((m) => m.name)).toEqual(["Grid study", "Land lease"]);
  });

  it("delayed: marked DELAYED or past their date and open, most overdue first; an org with none has an empty list and a zero count", async () => {
    const ally = await createTenant();
    const project = await createTenantProject(ally);
    await milestone(project.id, "Marked delayed, still ahead", "2026-08-01", "DELAYED");
    await milestone(project.id, "Overdue", "2026-06-01", "IN_PROGRESS");
    await milestone(project.id, "Overdue but done", "2026-05-01", "COMPLETED");
    await milestone(project.id, "Due today", "2026-06-15");

    const delayed = await listDelayedMilestones(ally.org.id, { now: NOW });
    expect(delayed).toMatchObject({
      total: 2,
      items: [
        { name: "Overdue", targetDate: "2026-06-01" },
        { name: "Marked delayed, still ahead", status: "DELAYED" },
      ],
    });

    const empty = await createTenant();
    expect(await listDelayedMilestones(empty.org.id, { now: NOW })).toEqual({ items: [], total: 0 });
    expect(await listUpcomingMilestones(empty.org.id, { now: NOW })).toEqual({ items: [], total: 0 });
  });
});
