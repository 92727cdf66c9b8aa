import { beforeEach, describe, expect, it, vi } from "vitest";
import { getNavGroups } from "@/components/shell/nav-config";
import { checkAccess, toAccessSubject } from "@/lib/access/check-access";
import { resolveFeatureFlags } from "@/lib/access/resolve-feature-flags";
import type { Actor } from "@/lib/auth/actor";
import { loadTenantContext } from "@/lib/auth/load-tenant-context";
import type { SubscriptionStatus, SubscriptionTier } from "@/lib/db/generated/client";
import { dataroomAccess } from "@/lib/dataroom/access";
import { signalScoreAccess } from "@/lib/signal-score/access";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject, db } from "../support/test-db";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "access-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { requestSignalScoreAction } = await import("@/lib/signal-score/actions");
const { createFolderAction } = await import("@/lib/dataroom/actions");

/** The session as the app loads it: plan, status and flags straight from the database. */
async function signIn(actor: Actor): Promise<Actor> {
  const tenant = await loadTenantContext(actor.user.id);
  if (!tenant) throw new Error("the test user should be active");
  signedIn = { ...tenant, request: actor.request };
  return signedIn;
}

async function setOrg(actor: Actor, data: { subscriptionTier?: SubscriptionTier; subscriptionStatus?: SubscriptionStatus }) {
  await db.organization.update({ where: { id: actor.org.id }, data });
}

async function setFlag(actor: Actor, featureKey: string, isEnabled: boolean) {
  await db.featureFlag.upsert({
    where: { orgId_featureKey: { orgId: actor.org.id, featureKey } },
    create: { orgId: actor.org.id, featureKey, isEnabled },
    update: { isEnabled },
  });
}

describe("one access model: flags, tiers and status, read once per request", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("resolves every catalogue key: the org's row, else the default, and off below the key's tier", () => {
    expect(resolveFeatureFlags("foundation", []).signal_score).toBe(true);
    expect(resolveFeatureFlags("foundation", [{ featureKey: "signal_score", isEnabled: false }]).signal_score).toBe(false);
    expect(resolveFeatureFlags("foundation", [{ featureKey: "crm_sync", isEnabled: true }]).crm_sync).toBe(false);
    expect(resolveFeatureFlags("enterprise", [{ featureKey: "crm_sync", isEnabled: true }]).crm_sync).toBe(true);
    expect(resolveFeatureFlags("enterprise", [{ featureKey: "retired_key", isEnabled: true }])).not.toHaveProperty("retired_key");
  });

  it("refuses an action whose feature an admin switched off, from the next request on, and nothing is written", async () => {
    const actor = await createTenant({ role: "admin" });
    const project = await createTenantProject(actor);
    await setFlag(actor, "signal_score", false);
    await signIn(actor);
    const result = await requestSignalScoreAction({ projectId: project.id });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/Signal score is turned off for your organisation/) });
    expect(await db.signalScore.count({ where: { projectId: project.id } })).toBe(0);

    await setFlag(actor, "signal_score", true);
    const again = await signIn(actor);
    expect(checkAccess(again, signalScoreAccess.run)).toBeNull();
  });

  it("names the plan a feature needs when the org's tier is below it", async () => {
    const actor = await signIn(await createTenant({ role: "admin", type: "INVESTOR" }));
    await setOrg(actor, { subscriptionTier: "foundation" });
    const rule = { feature: "Webhooks", permission: "settings.manage", flag: "webhooks", writes: true } as const;
    await setFlag(actor, "webhooks", true);
    const denial = checkAccess(await signIn(actor), rule);
    expect(denial).toMatchObject({ reason: "flag", hidden: true, message: "Webhooks is part of the Professional plan; your organisation is on Foundation." });
  });

  it("lets a past-due org read but not write, and a suspended one do neither", async () => {
    const actor = await createTenant({ role: "admin" });
    const project = await createTenantProject(actor);
    await setOrg(actor, { subscriptionStatus: "past_due" });
    const pastDue = await signIn(actor);
    expect(checkAccess(pastDue, dataroomAccess.read)).toBeNull();
    const refused = await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: null, name: "Permits" });
    expect(refused.serverError).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/past due, so the workspace is read-only/) });
    expect(await db.documentFolder.count({ where: { orgId: actor.org.id } })).toBe(0);

    await setOrg(actor, { subscriptionStatus: "suspended" });
    const suspended = await signIn(actor);
    expect(checkAccess(suspended, dataroomAccess.read)).toMatchObject({ reason: "status", message: expect.stringMatching(/suspended/) });
  });

  it("answers another kind of org NOT_FOUND, like another tenant's record", async () => {
    const investor = await createTenant({ role: "admin", type: "INVESTOR" });
    await signIn(investor);
    const result = await requestSignalScoreAction({ projectId: "00000000-0000-4000-8000-000000000000" });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts an action that declares a rate-limit bucket, and refuses past the limit with when to retry", async () => {
    await signIn(await createTenant({ role: "admin" }));
    const results = [];
    for (let i = 0; i < 21; i += 1) results.push(await requestSignalScoreAction({ projectId: "not-a-project-id" }));
    expect(results.slice(0, 20).every((result) => result.validationErrors && !result.serverError)).toBe(true);
    expect(results[20].serverError).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/AI runs/) });
  });

  it("hides a switched-off feature from the navigation of that org only", async () => {
    const [off, on] = [await createTenant({ role: "admin", type: "INVESTOR" }), await createTenant({ role: "admin", type: "INVESTOR" })];
    await setFlag(off, "marketplace", false);
    const labels = async (actor: Actor) =>
      getNavGroups(toAccessSubject(await signIn(actor)))
        .flatMap((group) => group.items)
        .map((item) => item.label);
    expect(await labels(off)).not.toContain("Marketplace");
    expect(await labels(on)).toContain("Marketplace");
  });
});

describe("principals", () => {
  it("records which kind of principal acted on every audit row", async () => {
    const actor = await createTenant({ role: "admin" });
    const { auditedWrite } = await import("@/lib/audit/audited-write");
    const { apiKeyActor, shareLinkActor, systemActor, userActor } = await import("@/lib/auth/actor");
    const request = { ipAddress: "198.51.100.9", userAgent: "principal-test" };
    const principals = [
      userActor(actor, request),
      systemActor(actor.org.id, "score-signal"),
      shareLinkActor(actor.org.id, { id: "5f0c8f8e-4a7b-4d6e-9a51-1d2f3c4b5a69", recipientEmail: "lender@bank.example" }, request),
      apiKeyActor(actor.org, { id: "0b9f6a2e-3c1d-4e5f-8a7b-6c5d4e3f2a1b", scopes: ["projects:read"] }, request),
    ];
    for (const principal of principals) {
      await auditedWrite(principal, async () => ({ result: null, audit: { action: "principal.tested", entityType: "Organization", entityId: actor.org.id } }));
    }
    const rows = await db.auditLog.findMany({ where: { orgId: actor.org.id, action: "principal.tested" }, orderBy: { timestamp: "asc" }, include: { actor: true } });
    expect(rows.map((row) => [row.actor?.kind ?? "user", row.actor?.ref ?? null, row.userId])).toEqual([
      ["user", null, actor.user.id],
      ["system", "score-signal", null],
      ["share-link", "5f0c8f8e-4a7b-4d6e-9a51-1d2f3c4b5a69", null],
      ["api-key", "0b9f6a2e-3c1d-4e5f-8a7b-6c5d4e3f2a1b", null],
    ]);
  });
});

describe("a Clerk organisation without an org type", () => {
  it("arrives provisional, and its admin chooses the type once (audited); a second choice is refused", async () => {
    const { upsertClerkOrg } = await import("@/lib/auth/clerk/sync-clerk-identity");
    const { chooseOrgType } = await import("@/lib/org-settings/choose-org-type");
    const { createUser } = await import("@/prisma/factories");
    const org = await upsertClerkOrg({ clerkOrgId: `org_${Date.now()}${Math.random().toString(36).slice(2, 8)}`, name: "Kivu Hydro Partners" });
    const user = await createUser(db, { orgId: org.id, role: "admin" });
    const tenant = await loadTenantContext(user.id);
    expect(tenant?.org.awaitingType).toBe(true);
    const actor = { ...tenant!, request: { ipAddress: null, userAgent: "test" } };
    await chooseOrgType(actor, { type: "INVESTOR" });
    const after = await loadTenantContext(user.id);
    expect(after?.org).toMatchObject({ type: "INVESTOR", awaitingType: false });
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "organization.updated", userId: user.id } })).toBe(1);
    await expect(chooseOrgType(actor, { type: "ALLY" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps the claim's type when the session token carries one", async () => {
    const { upsertClerkOrg } = await import("@/lib/auth/clerk/sync-clerk-identity");
    const org = await upsertClerkOrg({ clerkOrgId: `org_${Date.now()}typed`, name: "Typed Capital", orgType: "investor" });
    expect(org.type).toBe("INVESTOR");
    expect((org.settings as Record<string, unknown>).awaitingOrgType).toBeUndefined();
  });
});

describe("the plan's storage quota", () => {
  it("refuses an upload that would pass the quota, naming it, before reading the file; another plan's quota is larger", async () => {
    const { assertUploadSize } = await import("@/lib/dataroom/upload-document");
    const { createDocument } = await import("@/prisma/factories");
    const actor = await createTenant({ role: "admin" });
    const project = await createTenantProject(actor);
    await setOrg(actor, { subscriptionTier: "foundation" });
    // 3.8 GB of the foundation plan's 5 GB in use; a deleted file does not count.
    for (let i = 0; i < 2; i += 1) {
      const document = await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, projectId: project.id });
      await db.document.update({ where: { id: document.id }, data: { fileSizeBytes: 1_900_000_000 } });
    }
    const foundation = await signIn(actor);
    await expect(assertUploadSize(foundation, 20 * 1024 * 1024)).resolves.toBe(20 * 1024 * 1024);
    const deleted = await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, projectId: project.id });
    await db.document.update({ where: { id: deleted.id }, data: { fileSizeBytes: 1_900_000_000, isDeleted: true } });
    await expect(assertUploadSize(foundation, 20 * 1024 * 1024)).resolves.toBe(20 * 1024 * 1024);
    const third = await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, projectId: project.id });
    await db.document.update({ where: { id: third.id }, data: { fileSizeBytes: 1_560_000_000 } });
    await expect(assertUploadSize(foundation, 20 * 1024 * 1024)).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/of the 5 GB its Foundation plan includes; this 20 MB file would pass it/),
    });
    await setOrg(actor, { subscriptionTier: "professional" });
    await expect(assertUploadSize(await signIn(actor), 20 * 1024 * 1024)).resolves.toBe(20 * 1024 * 1024);
  });
});
