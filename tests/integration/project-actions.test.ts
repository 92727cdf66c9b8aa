import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createTenant, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

/**
 * The real action clients, with the session replaced: the signed-in tenant is what
 * requireTenantContext would resolve from the cookie or the Clerk token.
 */
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createProjectAction } = await import("@/lib/projects/actions");

const input = {
  name: "Garissa Solar Extension",
  description: "A 20 MW extension of an operating plant with a grid upgrade agreed.",
  projectType: "SOLAR" as const,
  stage: "DEVELOPMENT" as const,
  geographyCountry: "KE",
  geographyRegion: "Garissa",
  totalInvestmentRequired: "18500000",
  currency: "USD",
};

describe("createProjectAction through orgActionClient", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("refuses a signed-out caller with 401 and writes nothing", async () => {
    const result = await createProjectAction(input);
    expect(result.serverError).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses a viewer: the server checks the role whatever the UI shows", async () => {
    signedIn = await createTenant({ role: "viewer" });
    const result = await createProjectAction(input);
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.project.count({ where: { orgId: signedIn.org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: signedIn.org.id } })).toBe(0);
  });

  it("answers an investor org with 404: the feature belongs to allies", async () => {
    signedIn = await createTenant({ role: "admin", type: "INVESTOR" });
    expect((await createProjectAction(input)).serverError).toMatchObject({ code: "NOT_FOUND" });
  });

  it("takes the org from the session: a forged orgId in the body is ignored", async () => {
    const victim = await createTenant();
    signedIn = await createTenant({ role: "analyst" });
    const result = await createProjectAction({ ...input, orgId: victim.org.id } as typeof input);
    expect(result.data?.id).toBeDefined();
    const project = await db.project.findUniqueOrThrow({ where: { id: result.data!.id } });
    expect(project.orgId).toBe(signedIn.org.id);
    expect(await db.project.count({ where: { orgId: victim.org.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: project.id } });
    expect(audit).toMatchObject({ action: "project.created", userId: signedIn.user.id, ipAddress: "198.51.100.4", userAgent: "action-test" });
  });

  it("returns field errors for bad input and writes nothing", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const result = await createProjectAction({ ...input, geographyCountry: "Kenya", totalInvestmentRequired: "-5", currency: "XX" });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["currency", "geographyCountry", "totalInvestmentRequired"]);
    expect(await db.project.count({ where: { orgId: signedIn.org.id } })).toBe(0);
  });

  it("creates a project with every column, exactly as typed, audited with its values", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const result = await createProjectAction({
      ...input,
      slug: "garissa-solar-phase-2",
      projectType: "STORAGE",
      technologyDetails: { chemistry: "LFP", powerMw: "30", energyMwh: "120", roundTripEfficiency: "88", notes: "" },
      latitude: "-0.4532",
      longitude: "39.6461",
      capacityMw: "30.1234",
      totalInvestmentRequired: "36,000,000.0001",
      currency: "kes",
      targetCloseDate: "2029-12-31",
    });
    expect(result.validationErrors).toBeUndefined();
    const project = await db.project.findUniqueOrThrow({ where: { id: result.data!.id } });
    expect(project).toMatchObject({
      slug: "garissa-solar-phase-2",
      status: "DRAFT",
      projectType: "STORAGE",
      currency: "KES",
      geographyCoordinates: { lat: -0.4532, lng: 39.6461 },
      technologyDetails: { chemistry: "LFP", powerMw: 30, energyMwh: 120, roundTripEfficiency: 0.88 },
      isPublished: false,
      publishedAt: null,
    });
    expect(project.capacityMw?.toFixed(4)).toBe("30.1234");
    expect(project.totalInvestmentRequired.toFixed(4)).toBe("36000000.0001");
    expect(project.targetCloseDate?.toISOString()).toBe("2029-12-31T00:00:00.000Z");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: project.id, action: "project.created" } });
    expect((audit.changes as { after: Record<string, unknown> }).after).toMatchObject({ slug: "garissa-solar-phase-2", totalInvestmentRequired: "36000000.0001" });
  });

  it("reports a taken slug and a cover that is not an image together, and creates nothing", async () => {
    signedIn = await createTenant({ role: "analyst" });
    await createProjectAction({ ...input, slug: "taken" });
    const result = await createProjectAction({ ...input, slug: "taken", coverImage: new Blob(["plain text"], { type: "image/png" }) });
    expect(result.validationErrors?.fieldErrors).toEqual({
      coverImage: ["The cover must be a PNG, JPEG or WebP image: that file is not an image."],
      slug: ["That slug is already used by another project"],
    });
    expect(await db.project.count({ where: { orgId: signedIn.org.id } })).toBe(1);
  });

  it("checks technology details against the chosen type and coordinates as a pair", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const result = await createProjectAction({
      ...input,
      projectType: "HYDRO",
      technologyDetails: { headM: "-4", turbineType: "Waterwheel" },
      latitude: "1.5",
    });
    expect(result.validationErrors?.fieldErrors).toEqual({
      "technologyDetails.headM": ["Head must be at least 0."],
      "technologyDetails.turbineType": ["Turbine type: choose one of Pelton, Francis, Kaplan, Turgo, Cross-flow, Other."],
      longitude: ["Enter the longitude too, or clear the latitude."],
    });
    expect(await db.project.count({ where: { orgId: signedIn.org.id } })).toBe(0);
  });
});
