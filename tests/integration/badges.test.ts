import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateBadges } from "@/inngest/functions/gamification/evaluate-badges";
import { toInngestFunction } from "@/inngest/to-inngest-function";
import type { Actor } from "@/lib/auth/actor";
import { awardBadges } from "@/lib/gamification/award-badges";
import { listBadges } from "@/lib/gamification/list-badges";
import { emit } from "@/lib/events/emit";
import { createDealRoom, createDocument, createOrg, createSignalScore, createUser } from "@/prisma/factories";
import { BADGES } from "@/prisma/seed/badge-catalogue";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { drainJobs } from "../support/job-worker";

beforeAll(async () => {
  // The catalogue as the seed installs it (other files may have added it already).
  await db.badge.createMany({ skipDuplicates: true, data: BADGES });
});

const uploads = (actor: Actor, n: number, projectId?: string, orgId = actor.org.id) =>
  Promise.all(Array.from({ length: n }, () => createDocument(db, { orgId, uploadedBy: actor.user.id, projectId })));

const CATALOGUE = new Set(BADGES.map((b) => b.slug));

/** The catalogue badges the user holds: other files may add test badges of their own to this database. */
const awardsOf = async (userId: string) =>
  (await db.userBadge.findMany({ where: { userId, badge: { slug: { in: [...CATALOGUE] } } }, include: { badge: { select: { slug: true } } } })).map((a) => ({
    slug: a.badge.slug,
    projectId: a.projectId,
  }));

const slugsOf = async (userId: string) => (await awardsOf(userId)).map((a) => a.slug).sort();
const allAwardCount = (userId: string) => db.userBadge.count({ where: { userId } });

describe("awardBadges", () => {
  it("awards what the user earned, with one audit row per award, and a second run awards nothing", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor);
    await uploads(actor, 5, project.id);

    const first = await awardBadges({ orgId: actor.org.id });
    expect(await awardsOf(actor.user.id)).toEqual(
      expect.arrayContaining([
        { slug: "first-upload", projectId: null },
        { slug: "data-room-architect", projectId: project.id },
      ]),
    );
    expect(first.awarded).toBe(await allAwardCount(actor.user.id));

    expect(await awardBadges({ orgId: actor.org.id })).toEqual({ awarded: 0 });
    const awards = await db.userBadge.findMany({ where: { userId: actor.user.id } });
    const audit = await db.auditLog.findMany({ where: { orgId: actor.org.id, action: "badge.awarded" } });
    expect(audit.map((a) => a.entityId).sort()).toEqual(awards.map((a) => a.id).sort());
    expect(audit.every((a) => a.userId === null && a.entityType === "UserBadge")).toBe(true);
    const architect = audit.find((a) => (a.changes as { after: { badge: string } }).after.badge === "data-room-architect");
    expect(architect?.changes).toEqual({ before: null, after: { badge: "data-room-architect", userId: actor.user.id, projectId: project.id } });
  });

  it("never awards an org-wide badge twice: concurrent runs, the unique index, or an award held on a project", async () => {
    const actor = await createTenant();
    await uploads(actor, 1);
    await Promise.all([awardBadges({ orgId: actor.org.id }), awardBadges({ orgId: actor.org.id })]);
    expect(await awardsOf(actor.user.id)).toEqual([{ slug: "first-upload", projectId: null }]);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "badge.awarded" } })).toBe(await allAwardCount(actor.user.id));

    const badge = await db.badge.findUniqueOrThrow({ where: { slug: "first-upload" } });
    const again = await db.userBadge.createMany({ data: [{ userId: actor.user.id, projectId: null, badgeId: badge.id }], skipDuplicates: true });
    expect(again.count).toBe(0);

    // The demo seed holds some org-wide badges on a project: those count as held.
    const other = await createTenant();
    const project = await createTenantProject(other);
    await db.userBadge.create({ data: { userId: other.user.id, projectId: project.id, badgeId: badge.id } });
    await uploads(other, 1, project.id);
    await awardBadges({ orgId: other.org.id });
    expect(await awardsOf(other.user.id)).toEqual([{ slug: "first-upload", projectId: project.id }]);
  });

  it("another org's facts never count", async () => {
    const actor = await createTenant();
    const stranger = await createTenant();
    const theirProject = await createTenantProject(stranger);
    // Rows in the other org that name this org's user: uploads, invitations, a score they triggered.
    await uploads(actor, 5, theirProject.id, stranger.org.id);
    for (let i = 0; i < 3; i++)
      await db.auditLog.create({ data: { orgId: stranger.org.id, userId: actor.user.id, action: "user.created", entityType: "User", entityId: stranger.user.id } });
    await createSignalScore(db, { orgId: stranger.org.id, projectId: theirProject.id, overallScore: "90.00", triggeredBy: actor.user.id });

    expect(await awardBadges({ orgId: actor.org.id })).toEqual({ awarded: 0 });
    expect(await awardBadges({ orgId: stranger.org.id, userId: actor.user.id })).toEqual({ awarded: 0 });
    expect(await awardsOf(actor.user.id)).toEqual([]);
  });

  it("scores: reaching 80 and rising ten points earn their project badges, for whoever requested the score", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor);
    await createSignalScore(db, { orgId: actor.org.id, projectId: project.id, overallScore: "62.50" });
    await createSignalScore(db, { orgId: actor.org.id, projectId: project.id, overallScore: "70.00", triggeredBy: actor.user.id });
    await awardBadges({ orgId: actor.org.id, projectId: project.id });
    expect(await slugsOf(actor.user.id)).toEqual([]);

    await createSignalScore(db, { orgId: actor.org.id, projectId: project.id, overallScore: "81.00", triggeredBy: actor.user.id });
    await awardBadges({ orgId: actor.org.id, projectId: project.id });
    expect(await awardsOf(actor.user.id)).toEqual(
      expect.arrayContaining([
        { slug: "investment-ready", projectId: project.id },
        { slug: "score-climber", projectId: project.id },
      ]),
    );
  });

  it("invitations, first project, and an accepted NDA come from audit rows and deal rooms", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor);
    const investor = await createOrg(db, { type: "INVESTOR" });
    for (let i = 0; i < 3; i++)
      await db.auditLog.create({ data: { orgId: actor.org.id, userId: actor.user.id, action: "user.created", entityType: "User", entityId: actor.user.id } });
    await db.auditLog.create({ data: { orgId: actor.org.id, userId: actor.user.id, action: "project.created", entityType: "Project", entityId: project.id } });
    await createDealRoom(db, { projectId: project.id, allyOrgId: actor.org.id, createdBy: actor.user.id, investorOrgIds: [investor.id] });
    await awardBadges({ orgId: actor.org.id, userId: actor.user.id });
    expect(await slugsOf(actor.user.id)).toEqual(["deal-room-host", "first-project", "team-assembled"]);
  });
});

describe("evaluate-badges job", () => {
  it("runs through Inngest (@inngest/test) and awards once", async () => {
    const actor = await createTenant();
    await uploads(actor, 1);
    // A fresh engine per run: one engine replays its memoised step results.
    const project = await createTenantProject(actor);
    const data = { orgId: actor.org.id, projectId: project.id, scoreId: randomUUID(), status: "COMPLETED" };
    const run = () => new InngestTestEngine({ function: toInngestFunction(evaluateBadges) }).execute({ events: [{ name: "signal_score.completed", data }] });
    expect((await run()).result).toEqual({ awarded: await allAwardCount(actor.user.id) });
    expect((await run()).result).toEqual({ awarded: 0 });
    expect(await slugsOf(actor.user.id)).toEqual(["first-upload"]);
  });

  it("subscribes to signal_score.completed: the event from the outbox reaches it through the worker", async () => {
    const actor = await createTenant();
    await uploads(actor, 1);
    const project = await createTenantProject(actor);
    await db.$transaction((tx) => emit(tx, "signal_score.completed", { orgId: actor.org.id, projectId: project.id, scoreId: randomUUID(), status: "COMPLETED" }));
    await drainJobs();
    expect(await slugsOf(actor.user.id)).toEqual(["first-upload"]);
  });
});

describe("listBadges", () => {
  it("shows the user's badges and the org's per project, never another org's awards", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor, { name: "Badge Solar" });
    await uploads(actor, 5, project.id);
    await awardBadges({ orgId: actor.org.id });
    const stranger = await createTenant();
    await uploads(stranger, 1);
    await awardBadges({ orgId: stranger.org.id });

    const view = await listBadges(actor);
    expect(view.mine.earned.map((a) => a.badge.slug).sort()).toEqual(["data-room-architect", "first-upload"]);
    expect(view.mine.locked.map((b) => b.slug)).toContain("gold-standard");
    expect(view.mine.points).toBe(50);
    expect(view.projects).toHaveLength(1);
    expect(view.projects[0]!.earned.map((a) => [a.badge.slug, a.userName])).toEqual([["data-room-architect", actor.user.fullName]]);
    expect(view.projects[0]!.locked.map((b) => b.slug).sort()).toEqual(["investment-ready", "score-climber", "version-control"]);
    expect(view.mine.earned.every((a) => a.userName === actor.user.fullName)).toBe(true);
  });

  it("says which colleague earned a badge the user has not, and on which project", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor, { name: "Colleague Wind" });
    const colleague = await createUser(db, { orgId: actor.org.id, role: "analyst", fullName: "Colleague One" });
    await uploads({ ...actor, user: { ...actor.user, id: colleague.id } }, 5, project.id);
    await awardBadges({ orgId: actor.org.id });
    const stranger = await createTenant();
    await uploads(stranger, 1);
    await awardBadges({ orgId: stranger.org.id });

    const locked = new Map((await listBadges(actor)).mine.locked.map((b) => [b.slug, b.colleagueAwards]));
    expect(locked.get("data-room-architect")).toEqual([{ userName: "Colleague One", projectName: "Colleague Wind" }]);
    expect(locked.get("first-upload")).toEqual([{ userName: "Colleague One", projectName: null }]);
    expect(locked.get("gold-standard")).toEqual([]);
    expect((await listBadges({ ...actor, user: { ...actor.user, id: colleague.id } })).mine.locked.some((b) => b.slug === "first-upload")).toBe(false);
  });

  it("stays bounded in a large org: the 12 projects with the most badges, the rest counted, five colleagues a badge", async () => {
    const actor = await createTenant();
    const badge = await db.badge.findFirstOrThrow({ where: { slug: "data-room-architect" } });
    const projects = await Promise.all(Array.from({ length: 16 }, (_, i) => createTenantProject(actor, { name: `Busy ${String(i).padStart(2, "0")}` })));
    const colleagues = await Promise.all(Array.from({ length: 7 }, (_, i) => createUser(db, { orgId: actor.org.id, fullName: `Colleague ${i}` })));
    await db.userBadge.createMany({ data: projects.slice(0, 14).map((p, i) => ({ userId: colleagues[i % 7].id, projectId: p.id, badgeId: badge.id })) });
    await db.userBadge.create({ data: { userId: colleagues[1].id, projectId: projects[0].id, badgeId: badge.id } });

    const view = await listBadges(actor);
    expect(view.projects).toHaveLength(12);
    expect(view.projects[0]).toMatchObject({ id: projects[0].id, name: "Busy 00" });
    expect(view.projects[0].earned.map((a) => a.userName).sort()).toEqual(["Colleague 0", "Colleague 1"]);
    expect(view).toMatchObject({ projectAwards: 15, moreProjectsWithBadges: 2, projectsWithoutBadges: 2 });
    expect(view.mine).toMatchObject({ earned: [], points: 0, kinds: 0 });
    expect(view.mine.locked.find((b) => b.id === badge.id)!.colleagueAwards).toHaveLength(5);
  });
});
