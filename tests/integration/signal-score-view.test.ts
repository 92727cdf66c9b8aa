import { describe, expect, it } from "vitest";
import { createSignalScore, createUser } from "@/prisma/factories";
import { getSignalScoreView, SCORE_HISTORY_SHOWN } from "@/lib/signal-score/get-signal-score-view";
import { createTenant, createTenantProject, db } from "../support/test-db";

describe("getSignalScoreView", () => {
  it("shows the newest completed version, a failed newer one, the latest versions' history and the feedback counts", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor);
    const base = { orgId: actor.org.id, projectId: project.id };
    for (let i = 0; i < SCORE_HISTORY_SHOWN + 3; i += 1) await createSignalScore(db, { ...base, overallScore: String(40 + (i % 50)) });
    const newestCompleted = await createSignalScore(db, { ...base, overallScore: "91.50", narrative: "Ready for investors." });
    await createSignalScore(db, { ...base, status: "FAILED" });
    const colleague = await createUser(db, { orgId: actor.org.id });
    const feedback = { orgId: actor.org.id, entityType: "SignalScore", entityId: newestCompleted.id };
    await db.aiFeedback.createMany({
      data: [
        { ...feedback, userId: actor.user.id, rating: 1, comment: "Fair" },
        { ...feedback, userId: colleague.id, rating: -1 },
      ],
    });

    const view = await getSignalScoreView(actor, project.id);
    expect(view.current).toMatchObject({ id: newestCompleted.id, version: SCORE_HISTORY_SHOWN + 4, overall: 91.5, narrative: "Ready for investors." });
    expect(view.failed).toMatchObject({ version: SCORE_HISTORY_SHOWN + 5, status: "FAILED" });
    expect(view.running).toBeNull();
    expect(view.history).toHaveLength(SCORE_HISTORY_SHOWN);
    expect(view.history.at(-1)).toMatchObject({ version: SCORE_HISTORY_SHOWN + 4, overall: 91.5 });
    expect(view.history[0].version).toBe(5);
    expect(view.feedback).toEqual({ mine: { rating: 1, comment: "Fair" }, up: 1, down: 1 });
  });

  it("answers another org's project with NOT_FOUND", async () => {
    const owner = await createTenant();
    const project = await createTenantProject(owner);
    await createSignalScore(db, { orgId: owner.org.id, projectId: project.id });
    await expect(getSignalScoreView(await createTenant(), project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
