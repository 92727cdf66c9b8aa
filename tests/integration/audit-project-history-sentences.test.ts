import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { systemActor } from "@/lib/auth/actor";
import { auditedWrite } from "@/lib/audit/audited-write";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import { listProjectHistory } from "@/lib/audit/list-project-history";
import type { AuditQuery } from "@/lib/audit/schemas";
import { sentenceText } from "@/lib/audit/sentence-parts";
import type { AuditFeedEntry } from "@/lib/audit/types";
import { createBudgetItem } from "@/lib/budget/create-budget-item";
import { listRecentActivity } from "@/lib/dashboard/list-recent-activity";
import { deleteDocument } from "@/lib/dataroom/delete-document";
import { completeMilestone } from "@/lib/milestones/complete-milestone";
import { createMilestone } from "@/lib/milestones/create-milestone";
import { changeProjectStatus } from "@/lib/projects/change-project-status";
import { createBadge, createDocument, createSignalScore, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const query = (overrides: Partial<AuditQuery> = {}): AuditQuery => ({ page: 1, pageSize: 50, ...overrides });
const texts = (entries: AuditFeedEntry[]) => entries.map((e) => sentenceText(e.kind === "single" ? e.row.sentence : e.sentence));

/** What the upload and scoring paths record (they need file storage and a model to run for real). */
async function recordUploadAndScore(actor: Actor, projectId: string) {
  const v1 = await createDocument(db, { orgId: actor.org.id, projectId, uploadedBy: actor.user.id, name: "Lodwar Solar - Financial Model.xlsx", fileType: "xlsx" });
  const v2 = await createDocument(db, { orgId: actor.org.id, projectId, uploadedBy: actor.user.id, name: v1.name, fileType: "xlsx", version: 2, parentVersionId: v1.id });
  await auditedWrite(actor, async () => ({
    result: null,
    audit: { action: "document.version_uploaded", entityType: "Document", entityId: v2.id, changes: { after: { id: v2.id, name: v2.name, version: 2 } } },
  }));
  const score = await createSignalScore(db, { orgId: actor.org.id, projectId, overallScore: "81.40", status: "COMPLETED" });
  await auditedWrite(systemActor(actor.org.id), async () => ({
    result: null,
    audit: {
      action: "signal_score.completed",
      entityType: "SignalScore",
      entityId: score.id,
      changes: { before: { status: "PROCESSING" }, after: { status: "COMPLETED", overallScore: "81.40", modelVersion: "offline-rules-v1" } },
    },
  }));
  return { v1, v2, score };
}

/** A re-score's flood: one badge.awarded row per badge, written together by the system, as awardBadges does. */
async function awardThreeBadges(actor: Actor, projectId: string) {
  const badges = await Promise.all(["Data Room Pro", "Version Control", "Score Climber"].map((name) => createBadge(db, { name })));
  const awards = await Promise.all(badges.map((badge) => db.userBadge.create({ data: { userId: actor.user.id, badgeId: badge.id, projectId } })));
  await auditedWrite(systemActor(actor.org.id), async () => ({
    result: null,
    audit: awards.map((award, index) => ({
      action: "badge.awarded" as const,
      entityType: "UserBadge",
      entityId: award.id,
      changes: { before: null, after: { badge: badges[index].slug, userId: actor.user.id, projectId } },
    })),
  }));
}

describe("a project's history as sentences", () => {
  it("names the actor, the entity and formatted values, says 'The system' for jobs, and folds the award flood", async () => {
    const admin = await createTenant({ role: "admin" });
    const project = await createTenantProject(admin, { name: "Lodwar Solar", isPublished: true, currency: "USD" });
    const milestone = await createMilestone(admin, {
      projectId: project.id,
      name: "Land lease signed",
      description: "",
      targetDate: "2099-01-01",
      status: "IN_PROGRESS",
      completionPct: 50,
    });
    await completeMilestone(admin, { projectId: project.id, milestoneId: milestone.id });
    await createBudgetItem(admin, {
      projectId: project.id,
      category: "EPC",
      description: "Modules and trackers",
      estimatedAmount: "29800000",
      actualAmount: null,
      status: "PLANNED",
    });
    await changeProjectStatus(admin, { projectId: project.id, status: "SUSPENDED" });
    await recordUploadAndScore(admin, project.id);
    await awardThreeBadges(admin, project.id);

    const { page } = await listProjectHistory(admin, project.id, query());
    const history = texts(page.entries);
    const me = admin.user.fullName;
    expect(history).toEqual(
      expect.arrayContaining([
        `${me} added milestone “Land lease signed” to Lodwar Solar`,
        expect.stringMatching(new RegExp(`^${me} marked milestone “Land lease signed” complete on \\d{1,2} [A-Z][a-z]{2} \\d{4}$`)),
        `${me} added budget line “EPC: Modules and trackers” estimated at USD 29,800,000 to Lodwar Solar`,
        `${me} changed the status of Lodwar Solar from Active to Suspended`,
        `${me} uploaded version 2 of Lodwar Solar - Financial Model.xlsx`,
        "Signal Score version 1 of Lodwar Solar completed: 81.4 (Investment ready)",
        "3 badges awarded: Data Room Pro, Score Climber and Version Control",
      ]),
    );
    expect(page.total).toBe(page.rows.length);
    const group = page.entries.find((e) => e.kind === "group");
    expect(group?.kind === "group" && group.rows.map((r) => sentenceText(r.sentence))).toEqual(
      expect.arrayContaining([`${me} earned the Version Control badge on Lodwar Solar`]),
    );
    const codes = new Set(page.rows.map((r) => r.action));
    expect(history.filter((text) => [...codes].some((code) => text.includes(code)))).toEqual([]);
    expect(page.rows.every((r) => r.sentence.length > 0 && !sentenceText(r.sentence).includes("—"))).toBe(true);
  });

  it("keeps naming a deleted document, hides a document the reader may not see, and shows another org nothing", async () => {
    const admin = await createTenant({ role: "admin" });
    const managerUser = await createUser(db, { orgId: admin.org.id, role: "manager", fullName: "Mona Manager" });
    const manager: Actor = { ...admin, role: "manager", user: { ...admin.user, id: managerUser.id, fullName: managerUser.fullName } };
    const project = await createTenantProject(admin, { name: "Kainuk Wind" });
    const { v2 } = await recordUploadAndScore(admin, project.id);
    await deleteDocument(admin, v2.id);
    const secret = await createDocument(db, {
      orgId: admin.org.id,
      projectId: project.id,
      uploadedBy: admin.user.id,
      name: "Board minutes.pdf",
      classification: "TOP_SECRET",
    });
    await auditedWrite(admin, async () => ({
      result: null,
      audit: { action: "document.uploaded", entityType: "Document", entityId: secret.id, changes: { after: { name: secret.name, version: 1 } } },
    }));

    const asAdmin = texts((await listProjectHistory(admin, project.id, query())).page.entries);
    expect(asAdmin).toEqual(
      expect.arrayContaining([
        `${admin.user.fullName} deleted Lodwar Solar - Financial Model.xlsx and its 2 versions`,
        `${admin.user.fullName} uploaded Board minutes.pdf`,
      ]),
    );
    const asManager = texts((await listAuditLogs(manager, query())).entries);
    expect(asManager).toContain(`${admin.user.fullName} uploaded a document your role cannot see`);
    expect(asManager.some((text) => text.includes("Board minutes"))).toBe(false);

    const stranger = await createTenant();
    await expect(listProjectHistory(stranger, project.id, query())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listAuditLogs(stranger, query())).total).toBe(0);
  });

  it("gives the dashboard the same sentences, newest first, the flood as one line listing its entries", async () => {
    const admin = await createTenant({ role: "admin" });
    const project = await createTenantProject(admin, { name: "Lake Turkana Storage" });
    await createMilestone(admin, { projectId: project.id, name: "Grid study", description: "", targetDate: "2099-01-01", status: "NOT_STARTED", completionPct: 0 });
    await awardThreeBadges(admin, project.id);

    const activity = await listRecentActivity(admin);
    expect(activity.map((a) => sentenceText(a.sentence))).toEqual([
      "3 badges awarded: Data Room Pro, Score Climber and Version Control",
      `${admin.user.fullName} added milestone “Grid study” to Lake Turkana Storage`,
    ]);
    expect(activity[0].details).toHaveLength(3);
    expect(activity[1]).toMatchObject({ actorName: admin.user.fullName, action: "milestone.created", details: [] });
  });
});
