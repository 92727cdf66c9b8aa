import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import { Prisma } from "@/lib/db/generated/client";
import { evaluatePublishReadiness } from "@/lib/projects/get-publish-readiness";
import { PROJECT_TRANSITIONS } from "@/lib/projects/project-transitions";
import { PROJECT_STATUSES } from "@/lib/projects/schemas";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.10", userAgent: "lifecycle-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { changeProjectStatusAction, publishProjectAction, unpublishProjectAction } = await import("@/lib/projects/actions");

const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
const longDescription =
  "A 48 MWp single-axis tracking PV plant in north-western Kenya selling to Kenya Power under a 20-year PPA. " +
  "The land lease is signed with the county and the grid connection agreed at the Lodwar substation; the ESIA is approved.";

/** A project with everything investors need, in the given state. */
async function readyProject(actor: Actor, overrides: Parameters<typeof createTenantProject>[1] = {}) {
  const project = await createTenantProject(actor, {
    status: "ACTIVE",
    description: longDescription,
    capacityMw: "48",
    coordinates: { lat: 3.1191, lng: 35.5973 },
    targetCloseDate: nextYear,
    milestones: [{ name: "PPA signed", targetDate: nextYear }],
    budget: [{ category: "EPC", description: "Modules and trackers", estimated: "29800000" }],
    ...overrides,
  });
  return db.project.update({ where: { id: project.id }, data: { coverImageUrl: `orgs/${actor.org.id}/project-covers/cover.png` } });
}

async function signIn(role: Role): Promise<Actor> {
  signedIn = await createTenant({ role });
  return signedIn;
}

const auditOf = (projectId: string, action: string) => db.auditLog.findMany({ where: { entityId: projectId, action }, orderBy: { timestamp: "asc" } });

describe("the transition map", () => {
  it("is closed: every status has a way out and no status maps to itself", () => {
    for (const from of PROJECT_STATUSES) {
      const targets = Object.keys(PROJECT_TRANSITIONS[from]);
      expect(targets.length).toBeGreaterThan(0);
      expect(targets).not.toContain(from);
    }
  });
});

describe("changeProjectStatusAction", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("walks DRAFT -> ACTIVE -> SUSPENDED -> ACTIVE -> ARCHIVED -> DRAFT, auditing each step", async () => {
    const actor = await signIn("manager");
    const project = await createTenantProject(actor, { status: "DRAFT" });
    for (const status of ["ACTIVE", "SUSPENDED", "ACTIVE", "ARCHIVED", "DRAFT"] as const) {
      const result = await changeProjectStatusAction({ projectId: project.id, status });
      expect(result.data).toEqual({ status, isPublished: false });
    }
    const audits = await auditOf(project.id, "project.status_changed");
    expect(audits.map((a) => (a.changes as { after: { status: string } }).after.status)).toEqual(["ACTIVE", "SUSPENDED", "ACTIVE", "ARCHIVED", "DRAFT"]);
    expect(audits[0]).toMatchObject({ userId: actor.user.id, ipAddress: "198.51.100.10", entityType: "Project" });
    expect(audits[0].changes).toEqual({ before: { status: "DRAFT", isPublished: false }, after: { status: "ACTIVE", isPublished: false } });
  });

  it("refuses an illegal transition with INVALID_TRANSITION, a clear message, and no change", async () => {
    await signIn("admin");
    const project = await createTenantProject(signedIn!, { status: "DRAFT" });
    const result = await changeProjectStatusAction({ projectId: project.id, status: "SUSPENDED" });
    expect(result.serverError).toEqual({
      code: "INVALID_TRANSITION",
      message: "A draft project cannot become suspended: it can only become active or archived.",
    });
    const archived = await createTenantProject(signedIn!, { status: "ARCHIVED" });
    expect((await changeProjectStatusAction({ projectId: archived.id, status: "ACTIVE" })).serverError?.message).toBe(
      "An archived project cannot become active: it can only become draft.",
    );
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("DRAFT");
    expect(await db.auditLog.count({ where: { entityId: { in: [project.id, archived.id] } } })).toBe(0);
  });

  it("an analyst may activate a draft but not suspend or archive (manager+)", async () => {
    const actor = await signIn("analyst");
    const project = await createTenantProject(actor, { status: "DRAFT" });
    expect((await changeProjectStatusAction({ projectId: project.id, status: "ACTIVE" })).data?.status).toBe("ACTIVE");
    const refused = await changeProjectStatusAction({ projectId: project.id, status: "ARCHIVED" });
    expect(refused.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("ACTIVE");
    signedIn = { ...actor, role: "viewer" };
    expect((await changeProjectStatusAction({ projectId: project.id, status: "SUSPENDED" })).serverError).toMatchObject({ code: "FORBIDDEN" });
  });

  it("suspending or archiving a published project takes it off the marketplace and keeps published_at", async () => {
    const actor = await signIn("manager");
    const project = await readyProject(actor, { isPublished: true });
    const firstPublishedAt = project.publishedAt!;
    const result = await changeProjectStatusAction({ projectId: project.id, status: "SUSPENDED" });
    expect(result.data).toEqual({ status: "SUSPENDED", isPublished: false });
    const saved = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(saved.publishedAt?.getTime()).toBe(firstPublishedAt.getTime());
    const [unpublished] = await auditOf(project.id, "project.unpublished");
    expect(unpublished.changes).toEqual({ before: { isPublished: true }, after: { isPublished: false, reason: "project suspended" } });
    expect((await changeProjectStatusAction({ projectId: project.id, status: "ACTIVE" })).data).toEqual({ status: "ACTIVE", isPublished: false });
  });

  it("another org's project is NOT_FOUND and unchanged", async () => {
    const owner = await createTenant();
    const project = await createTenantProject(owner, { status: "ACTIVE" });
    await signIn("admin");
    expect((await changeProjectStatusAction({ projectId: project.id, status: "ARCHIVED" })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("ACTIVE");
    expect(await db.auditLog.count({ where: { entityId: project.id } })).toBe(0);
  });
});

describe("publishing", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("publishes a ready ACTIVE project; published_at is the FIRST publish and survives unpublish/publish", async () => {
    const actor = await signIn("manager");
    const project = await readyProject(actor);
    const first = await publishProjectAction({ projectId: project.id });
    expect(first.data?.isPublished).toBe(true);
    const publishedAt = first.data!.publishedAt;
    expect(publishedAt).not.toBeNull();

    expect((await unpublishProjectAction({ projectId: project.id })).data).toEqual({ isPublished: false });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).publishedAt?.toISOString()).toBe(publishedAt);
    const again = await publishProjectAction({ projectId: project.id });
    expect(again.data).toEqual({ isPublished: true, publishedAt });

    const published = await auditOf(project.id, "project.published");
    expect(published).toHaveLength(2);
    expect(published[0]).toMatchObject({ userId: actor.user.id, entityType: "Project" });
    expect(published[0].changes).toEqual({ before: { isPublished: false, publishedAt: null }, after: { isPublished: true, publishedAt } });
    expect(await auditOf(project.id, "project.unpublished")).toHaveLength(1);
  });

  it("refuses to publish until every readiness item is met, naming what is missing", async () => {
    const actor = await signIn("manager");
    const project = await createTenantProject(actor, { status: "ACTIVE", description: "Too short for investors.", capacityMw: "10" });
    const result = await publishProjectAction({ projectId: project.id });
    expect(result.serverError?.code).toBe("VALIDATION");
    expect(result.serverError?.message).toBe(
      "Not ready for the marketplace yet. Still missing: a description of at least 200 characters; site coordinates (latitude and longitude); " +
        "a target close date that is still ahead; a cover image; at least one milestone; at least one budget line.",
    );
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).isPublished).toBe(false);
    expect(await db.auditLog.count({ where: { entityId: project.id } })).toBe(0);
  });

  it("only ACTIVE projects can be published; an unpublished one cannot be unpublished", async () => {
    const actor = await signIn("admin");
    const draft = await readyProject(actor, { status: "DRAFT" });
    expect((await publishProjectAction({ projectId: draft.id })).serverError).toEqual({
      code: "INVALID_TRANSITION",
      message: "Only active projects can be published: this one is draft.",
    });
    expect((await unpublishProjectAction({ projectId: draft.id })).serverError).toMatchObject({ code: "INVALID_TRANSITION" });
    expect((await db.project.findUniqueOrThrow({ where: { id: draft.id } })).isPublished).toBe(false);
  });

  it("needs projects.publish: an analyst is refused", async () => {
    const actor = await signIn("analyst");
    const project = await readyProject(actor);
    expect((await publishProjectAction({ projectId: project.id })).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).isPublished).toBe(false);
  });

  it("another org's project cannot be published or unpublished: NOT_FOUND, unchanged", async () => {
    const owner = await createTenant();
    const ready = await readyProject(owner);
    const live = await readyProject(owner, { isPublished: true });
    await signIn("admin");
    expect((await publishProjectAction({ projectId: ready.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await unpublishProjectAction({ projectId: live.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await db.project.findUniqueOrThrow({ where: { id: ready.id } })).isPublished).toBe(false);
    expect((await db.project.findUniqueOrThrow({ where: { id: live.id } })).isPublished).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: { in: [ready.id, live.id] } } })).toBe(0);
  });
});

describe("evaluatePublishReadiness", () => {
  const complete = {
    description: longDescription,
    capacityMw: new Prisma.Decimal("48"),
    projectType: "SOLAR" as const,
    geographyCoordinates: { lat: 1, lng: 2 },
    targetCloseDate: new Date("2030-01-01"),
    coverImageUrl: "orgs/x/project-covers/a.png",
  };
  const counts = { milestones: 1, budgetItems: 1 };

  it("is met by a complete project and lists each gap otherwise", () => {
    expect(evaluatePublishReadiness(complete, counts).every((item) => item.met)).toBe(true);
    const gaps = evaluatePublishReadiness({ ...complete, capacityMw: new Prisma.Decimal(0), targetCloseDate: new Date("2020-01-01") }, { milestones: 0, budgetItems: 1 });
    expect(gaps.filter((item) => !item.met).map((item) => item.key)).toEqual(["capacity", "targetCloseDate", "milestones"]);
  });

  it("does not ask nature-based projects for a capacity in MW", () => {
    const keys = evaluatePublishReadiness({ ...complete, projectType: "NATURE_BASED", capacityMw: null }, counts).map((item) => item.key);
    expect(keys).not.toContain("capacity");
  });
});
