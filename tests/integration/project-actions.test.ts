import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createTenant, db } from "../support/test-db";

/**
 * The real action clients, with the session replaced: the signed-in tenant is what
 * requireTenantContext would resolve from the cookie or the Clerk token.
 */
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", async () => {
  const { AppError } = await import("@/lib/errors/app-error");
  return {
    requireTenantContext: async () => {
      if (!signedIn) throw new AppError("UNAUTHENTICATED", "Your session has expired: please sign in again.");
      return signedIn;
    },
  };
});
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
});
