import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.9", userAgent: "update-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { updateProjectAction } = await import("@/lib/projects/actions");
const { updateProject } = await import("@/lib/projects/update-project");
const { updateProjectSchema } = await import("@/lib/projects/schemas");

async function editableProject(actor: Actor) {
  return createTenantProject(actor, {
    name: "Garissa Solar",
    slug: "garissa-solar",
    projectType: "SOLAR",
    technologyDetails: { moduleType: "mono PERC", dcAcRatio: 1.2 },
    capacityMw: "20",
    totalInvestmentRequired: "18500000",
  });
}

/** Every column of the form, as the browser sends it (text), for a given project. */
function formFor(project: { id: string; updatedAt: Date }) {
  return {
    projectId: project.id,
    expectedUpdatedAt: project.updatedAt.toISOString(),
    name: "Garissa Wind and Storage",
    slug: "garissa-wind",
    description: "Twelve turbines on the Garissa plateau with a co-located battery for evening peak supply.",
    projectType: "WIND" as const,
    stage: "CONSTRUCTION" as const,
    geographyCountry: "ke",
    geographyRegion: "Garissa County",
    latitude: "-0.4532",
    longitude: "39.6461",
    technologyDetails: { turbineModel: "V150-4.2", hubHeightM: "105", turbineCount: "12", netCapacityFactor: "38.5" },
    capacityMw: "50.4",
    totalInvestmentRequired: "98,000,000.1234",
    currency: "EUR",
    targetCloseDate: "2028-03-31",
  };
}

describe("updateProjectAction", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("saves every column exactly (decimals as typed, details by type) and audits the diff", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await editableProject(signedIn);
    const result = await updateProjectAction(formFor(project));
    expect(result.validationErrors).toBeUndefined();
    expect(result.serverError).toBeUndefined();

    const saved = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(saved).toMatchObject({
      name: "Garissa Wind and Storage",
      slug: "garissa-wind",
      projectType: "WIND",
      stage: "CONSTRUCTION",
      geographyCountry: "KE",
      geographyRegion: "Garissa County",
      geographyCoordinates: { lat: -0.4532, lng: 39.6461 },
      technologyDetails: { turbineModel: "V150-4.2", hubHeightM: 105, turbineCount: 12, netCapacityFactor: 0.385 },
      currency: "EUR",
    });
    expect(saved.totalInvestmentRequired.toFixed(4)).toBe("98000000.1234");
    expect(saved.capacityMw?.toFixed(4)).toBe("50.4000");
    expect(saved.targetCloseDate?.toISOString().slice(0, 10)).toBe("2028-03-31");
    expect(result.data?.updatedAt).toBe(saved.updatedAt.toISOString());

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: project.id, action: "project.updated" } });
    expect(audit).toMatchObject({ userId: signedIn.user.id, ipAddress: "198.51.100.9", entityType: "Project" });
    const changes = audit.changes as { before: Record<string, unknown>; after: Record<string, unknown> };
    expect(changes.before).toMatchObject({ name: "Garissa Solar", projectType: "SOLAR", totalInvestmentRequired: "18500000.0000", geographyCoordinates: null });
    expect(changes.after).toMatchObject({ name: "Garissa Wind and Storage", totalInvestmentRequired: "98000000.1234", currency: "EUR" });
    expect(changes.after).not.toHaveProperty("coverImageKey");
  });

  it("writes nothing and no audit row when nothing changed", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await editableProject(signedIn);
    await updateProjectAction(formFor(project));
    const saved = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    const again = await updateProjectAction(formFor(saved));
    expect(again.data?.updatedAt).toBe(saved.updatedAt.toISOString());
    expect(await db.auditLog.count({ where: { entityId: project.id, action: "project.updated" } })).toBe(1);
  });

  it("a stale form (someone saved since it loaded) is refused with STALE_WRITE and changes nothing", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await editableProject(signedIn);
    const loaded = formFor(project);
    expect((await updateProjectAction({ ...loaded, name: "Saved first" })).data).toBeDefined();

    const stale = await updateProjectAction({ ...loaded, name: "Saved second", currency: "GBP" });
    expect(stale.serverError).toEqual({
      code: "STALE_WRITE",
      message: "Someone else changed this project since you opened it: reload to see their changes.",
    });
    const saved = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(saved.name).toBe("Saved first");
    expect(saved.currency).toBe("EUR");
    expect(await db.auditLog.count({ where: { entityId: project.id, action: "project.updated" } })).toBe(1);
  });

  it("of two saves racing from the same form, exactly one wins: the conditional write refuses the other", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await editableProject(actor);
    const outcomes = await Promise.allSettled([
      updateProject(actor, updateProjectSchema.parse({ ...formFor(project), name: "Racer one" })),
      updateProject(actor, updateProjectSchema.parse({ ...formFor(project), name: "Racer two" })),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "STALE_WRITE" });
    expect(await db.auditLog.count({ where: { entityId: project.id, action: "project.updated" } })).toBe(1);
  });

  it("a slug used by another project of the org is a field error; other orgs' slugs are free", async () => {
    signedIn = await createTenant({ role: "analyst" });
    await createTenantProject(signedIn, { slug: "taken-slug" });
    const elsewhere = await createTenant();
    await createTenantProject(elsewhere, { slug: "garissa-wind" });
    const project = await editableProject(signedIn);

    const clash = await updateProjectAction({ ...formFor(project), slug: "taken-slug" });
    expect(clash.validationErrors?.fieldErrors).toEqual({ slug: ["That slug is already used by another project"] });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).slug).toBe("garissa-solar");

    expect((await updateProjectAction(formFor(project))).data).toBeDefined();
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).slug).toBe("garissa-wind");
  });

  it("bad input gives a message per field and changes nothing", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await editableProject(signedIn);
    const result = await updateProjectAction({
      ...formFor(project),
      slug: "Not A Slug",
      geographyCountry: "ZZ",
      currency: "ABC",
      capacityMw: "-5",
      totalInvestmentRequired: "12.34567",
      latitude: "",
      longitude: "39.6461",
      targetCloseDate: "31/03/2028",
      technologyDetails: { turbineModel: "V150", hubHeightM: "tall", turbineCount: "2.5", netCapacityFactor: "140" },
    });
    const errors = result.validationErrors?.fieldErrors ?? {};
    expect(Object.keys(errors).sort()).toEqual([
      "capacityMw",
      "currency",
      "geographyCountry",
      "latitude",
      "slug",
      "targetCloseDate",
      "technologyDetails.hubHeightM",
      "technologyDetails.netCapacityFactor",
      "technologyDetails.turbineCount",
      "totalInvestmentRequired",
    ]);
    expect(errors.capacityMw).toEqual(["Capacity cannot be negative."]);
    expect(errors.latitude).toEqual(["Enter the latitude too, or clear the longitude."]);
    expect(errors["technologyDetails.netCapacityFactor"]).toEqual(["Net capacity factor must be at most 100."]);
    expect(errors.currency?.[0]).toMatch(/ISO 4217/);
    const outOfRange = await updateProjectAction({ ...formFor(project), latitude: "95", longitude: "-181" });
    expect(outOfRange.validationErrors?.fieldErrors).toEqual({
      latitude: ["Latitude must be between -90 and 90."],
      longitude: ["Longitude must be between -180 and 180."],
    });
    const unchanged = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(unchanged.updatedAt.getTime()).toBe(project.updatedAt.getTime());
    expect(await db.auditLog.count({ where: { entityId: project.id } })).toBe(0);
  });

  it("refuses a viewer (FORBIDDEN) and leaves the project as it was", async () => {
    const owner = await createTenant();
    const project = await editableProject(owner);
    signedIn = { ...owner, role: "viewer" };
    expect((await updateProjectAction(formFor(project))).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).name).toBe("Garissa Solar");
  });

  it("another org's project is NOT_FOUND, and stays unchanged with no audit row", async () => {
    const owner = await createTenant();
    const project = await editableProject(owner);
    signedIn = await createTenant({ role: "admin" });
    const result = await updateProjectAction(formFor(project));
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    const unchanged = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(unchanged).toMatchObject({ name: "Garissa Solar", slug: "garissa-solar", currency: "USD" });
    expect(await db.auditLog.count({ where: { entityId: project.id } })).toBe(0);
  });
});
