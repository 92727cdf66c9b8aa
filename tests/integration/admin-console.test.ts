import { signIn } from "../support/mock-request-context";
import pg from "pg";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadTenantContext } from "@/lib/auth/load-tenant-context";
import { createDocument, createOrg, createUser, uniqueSuffix } from "@/prisma/factories";
import { startTestStorage } from "../support/dataroom-routes";
import { createTenant, db } from "../support/test-db";

const { changeOrgStatusAction, changeOrgTierAction, reinstateOrgAction, setOrgAiBudgetAction, setOrgFeatureFlagAction, suspendOrgAction } = await import(
  "@/lib/admin/actions"
);
const { unsafeGetOrganisation } = await import("@/lib/admin/unsafe-get-organisation");
const { unsafeListOrganisations } = await import("@/lib/admin/unsafe-list-organisations");
const { unsafeListPlatformAudit } = await import("@/lib/admin/unsafe-list-platform-audit");
const { parseOrgListQuery, parsePlatformAuditQuery } = await import("@/lib/admin/schemas");
const { listAuditLogs } = await import("@/lib/audit/list-audit-logs");
const { parseAuditQuery } = await import("@/lib/audit/schemas");
const { sentenceText } = await import("@/lib/audit/sentence-parts");

/** The customer's session as the app loads it on their next request. */
const nextRequestOf = async (customer: Actor) => (await loadTenantContext(customer.user.id))!;
const orgRow = (id: string) => db.organization.findUniqueOrThrow({ where: { id } });

let platformAdmin: Actor;
let customer: Actor;

beforeEach(async () => {
  platformAdmin = await createTenant({ type: "ADMIN", role: "admin" });
  customer = await createTenant({ type: "ALLY", role: "admin" });
  signIn(platformAdmin);
});

describe("admin console actions", () => {
  it("changes the plan: the customer's next request has it, and the customer's own audit log says who did it", async () => {
    const result = await changeOrgTierAction({ orgId: customer.org.id, tier: "enterprise" });
    expect(result.data).toEqual({ tier: "enterprise", changed: true });
    expect((await nextRequestOf(customer)).org.tier).toBe("enterprise");
    expect((await nextRequestOf(customer)).flags.crm_sync).toBe(false);

    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: customer.org.id, action: "organization.tier_changed" } });
    expect(audit).toMatchObject({ userId: platformAdmin.user.id, entityType: "Organization", entityId: customer.org.id });
    expect(audit.changes).toEqual({ before: { subscriptionTier: "professional" }, after: { subscriptionTier: "enterprise" } });
    // The org's own admins read it in their log, in words, naming the platform admin.
    const log = await listAuditLogs(await nextRequestOf(customer), parseAuditQuery({ action: "organization.tier_changed" }));
    expect(sentenceText(log.rows[0]!.sentence)).toBe(`${platformAdmin.user.fullName} changed the plan of ${customer.org.name} from Professional to Enterprise`);
    // Nothing is written to the platform's own log for it.
    expect(await db.auditLog.count({ where: { orgId: platformAdmin.org.id, action: "organization.tier_changed" } })).toBe(0);

    expect((await changeOrgTierAction({ orgId: customer.org.id, tier: "enterprise" })).data).toEqual({ tier: "enterprise", changed: false });
    expect(await db.auditLog.count({ where: { orgId: customer.org.id, action: "organization.tier_changed" } })).toBe(1);
  });

  it("puts an org on trial with its end day, and back to active; past due makes the next request read-only", async () => {
    expect((await changeOrgStatusAction({ orgId: customer.org.id, status: "trial", trialEndsAt: "2030-01-31" })).data).toEqual({ status: "trial", changed: true });
    const onTrial = await orgRow(customer.org.id);
    expect(onTrial.subscriptionStatus).toBe("trial");
    expect(onTrial.settings).toMatchObject({ trialEndsAt: "2030-01-31", branding: { primaryColor: "#0f766e" } });
    expect((await nextRequestOf(customer)).org.status).toBe("trial");

    await changeOrgStatusAction({ orgId: customer.org.id, status: "past_due" });
    expect((await nextRequestOf(customer)).org.status).toBe("past_due");
    expect(await orgRow(customer.org.id)).not.toHaveProperty("settings.trialEndsAt");

    const audits = await db.auditLog.findMany({ where: { orgId: customer.org.id, action: "organization.status_changed" }, orderBy: { timestamp: "asc" } });
    expect(audits.map((a) => a.changes)).toEqual([
      { before: { subscriptionStatus: "active", trialEndsAt: null }, after: { subscriptionStatus: "trial", trialEndsAt: "2030-01-31" } },
      { before: { subscriptionStatus: "trial", trialEndsAt: "2030-01-31" }, after: { subscriptionStatus: "past_due", trialEndsAt: null } },
    ]);
    expect(audits.every((a) => a.userId === platformAdmin.user.id)).toBe(true);
  });

  it("sets and clears the AI budget: the org's own figure, then its plan's default", async () => {
    await setOrgAiBudgetAction({ orgId: customer.org.id, budgetUsd: "480.5" });
    expect((await orgRow(customer.org.id)).aiMonthlyBudget?.toFixed(2)).toBe("480.50");
    expect((await unsafeGetOrganisation(customer.org.id)).aiBudgetUsd).toBe("480.50");
    await setOrgAiBudgetAction({ orgId: customer.org.id, budgetUsd: "" });
    expect((await orgRow(customer.org.id)).aiMonthlyBudget).toBeNull();
    expect((await unsafeGetOrganisation(customer.org.id)).aiBudgetUsd).toBe("250.00");
    const audits = await db.auditLog.findMany({ where: { orgId: customer.org.id, action: "organization.ai_budget_changed" }, orderBy: { timestamp: "asc" } });
    expect(audits.map((a) => a.changes)).toEqual([
      { before: { aiMonthlyBudget: null }, after: { aiMonthlyBudget: "480.50" } },
      { before: { aiMonthlyBudget: "480.50" }, after: { aiMonthlyBudget: null } },
    ]);
  });

  it("switches a feature off for one org only, from that org's next request, and back to the catalogue's default", async () => {
    const bystander = await createTenant({ type: "ALLY", role: "viewer" });
    await setOrgFeatureFlagAction({ orgId: customer.org.id, featureKey: "signal_score", setting: "off" });
    expect((await nextRequestOf(customer)).flags.signal_score).toBe(false);
    expect((await nextRequestOf(bystander)).flags.signal_score).toBe(true);
    const detail = await unsafeGetOrganisation(customer.org.id);
    expect(detail.flags.find((f) => f.key === "signal_score")).toMatchObject({ setting: "off", effective: false, default: true, blockedByTier: null });

    await setOrgFeatureFlagAction({ orgId: customer.org.id, featureKey: "signal_score", setting: "default" });
    expect(await db.featureFlag.count({ where: { orgId: customer.org.id } })).toBe(0);
    expect((await nextRequestOf(customer)).flags.signal_score).toBe(true);

    const log = await listAuditLogs(await nextRequestOf(customer), parseAuditQuery({ action: "organization.feature_flag_changed" }));
    expect(log.rows.map((row) => sentenceText(row.sentence))).toEqual([
      `${platformAdmin.user.fullName} reset Signal score to the catalogue's default for ${customer.org.name}`,
      `${platformAdmin.user.fullName} turned Signal score off for ${customer.org.name}`,
    ]);
  });

  it("shows why a feature switched on stays off below its plan", async () => {
    await changeOrgTierAction({ orgId: customer.org.id, tier: "foundation" });
    await setOrgFeatureFlagAction({ orgId: customer.org.id, featureKey: "api_access", setting: "on" });
    expect((await nextRequestOf(customer)).flags.api_access).toBe(false);
    const flag = (await unsafeGetOrganisation(customer.org.id)).flags.find((f) => f.key === "api_access")!;
    expect(flag).toMatchObject({ setting: "on", effective: false, minTier: "professional" });
    expect(flag.blockedByTier).toBe(`Part of the Professional plan; ${customer.org.name} is on Foundation, so it stays off.`);
    await changeOrgTierAction({ orgId: customer.org.id, tier: "professional" });
    expect((await nextRequestOf(customer)).flags.api_access).toBe(true);
  });

  it("suspends an org (its next request is closed) and reinstates the status it had, trial end day included", async () => {
    await changeOrgStatusAction({ orgId: customer.org.id, status: "trial", trialEndsAt: "2031-03-01" });
    const suspended = await suspendOrgAction({ orgId: customer.org.id, reason: "Unpaid since March" });
    expect(suspended.data).toEqual({ status: "suspended" });
    expect((await nextRequestOf(customer)).org.status).toBe("suspended");
    expect((await unsafeGetOrganisation(customer.org.id)).suspension).toMatchObject({
      previousStatus: "trial",
      reason: "Unpaid since March",
      byUserId: platformAdmin.user.id,
    });

    expect((await suspendOrgAction({ orgId: customer.org.id, reason: "Again" })).serverError).toMatchObject({ code: "INVALID_TRANSITION" });
    expect((await changeOrgStatusAction({ orgId: customer.org.id, status: "active" })).serverError).toMatchObject({
      code: "INVALID_TRANSITION",
      message: `${customer.org.name} is suspended: reinstate it first, then change its status.`,
    });

    expect((await reinstateOrgAction({ orgId: customer.org.id })).data).toEqual({ status: "trial" });
    const back = await orgRow(customer.org.id);
    expect(back.subscriptionStatus).toBe("trial");
    expect(back.settings).toMatchObject({ trialEndsAt: "2031-03-01" });
    expect(back.settings).not.toHaveProperty("suspension");
    expect((await reinstateOrgAction({ orgId: customer.org.id })).serverError).toMatchObject({ code: "INVALID_TRANSITION" });

    const log = await listAuditLogs(await nextRequestOf(customer), parseAuditQuery({}));
    const sentences = log.rows.map((row) => sentenceText(row.sentence));
    expect(sentences).toContain(`${platformAdmin.user.fullName} suspended ${customer.org.name}: Unpaid since March`);
    expect(sentences).toContain(`${platformAdmin.user.fullName} reinstated ${customer.org.name} as Trial`);
  });

  it("refuses to suspend, close or downgrade the platform's own organisation", async () => {
    const other = await createOrg(db, { type: "ADMIN", subscriptionTier: "enterprise" });
    for (const orgId of [platformAdmin.org.id, other.id]) {
      const suspend = await suspendOrgAction({ orgId, reason: "By mistake" });
      expect(suspend.serverError).toMatchObject({ code: "INVALID_TRANSITION" });
      expect(suspend.serverError?.message).toMatch(/is the platform's own organisation and cannot be suspended/);
      expect((await changeOrgStatusAction({ orgId, status: "cancelled" })).serverError).toMatchObject({ code: "INVALID_TRANSITION" });
      expect((await changeOrgStatusAction({ orgId, status: "past_due" })).serverError).toMatchObject({ code: "INVALID_TRANSITION" });
    }
    expect((await changeOrgTierAction({ orgId: other.id, tier: "foundation" })).serverError).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(await orgRow(other.id)).toMatchObject({ subscriptionStatus: "active", subscriptionTier: "enterprise" });
    expect(await orgRow(platformAdmin.org.id)).toMatchObject({ subscriptionStatus: "active" });
    expect(await db.auditLog.count({ where: { orgId: { in: [platformAdmin.org.id, other.id] }, action: { startsWith: "organization." } } })).toBe(0);
  });

  it("answers another kind of org's admin NOT_FOUND and an admin org's manager FORBIDDEN, changing nothing", async () => {
    const calls = [
      () => changeOrgTierAction({ orgId: customer.org.id, tier: "enterprise" }),
      () => changeOrgStatusAction({ orgId: customer.org.id, status: "cancelled" }),
      () => setOrgAiBudgetAction({ orgId: customer.org.id, budgetUsd: "1" }),
      () => setOrgFeatureFlagAction({ orgId: customer.org.id, featureKey: "signal_score", setting: "off" }),
      () => suspendOrgAction({ orgId: customer.org.id, reason: "Takeover" }),
      () => reinstateOrgAction({ orgId: customer.org.id }),
    ];
    const before = await orgRow(customer.org.id);
    for (const [as, code] of [
      [customer, "NOT_FOUND"],
      [await createTenant({ type: "INVESTOR", role: "admin" }), "NOT_FOUND"],
      [await createTenant({ type: "ADMIN", role: "manager" }), "FORBIDDEN"],
    ] as const) {
      signIn(as);
      for (const call of calls) expect((await call()).serverError, `${as.org.type} ${as.role}`).toMatchObject({ code });
    }
    expect(await orgRow(customer.org.id)).toEqual(before);
    expect(await db.featureFlag.count({ where: { orgId: customer.org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: customer.org.id } })).toBe(0);
  });

  it("validates every input on the server", async () => {
    const fields = async (promise: Promise<{ validationErrors?: { fieldErrors?: Record<string, string[] | undefined> } }>) =>
      Object.keys((await promise).validationErrors?.fieldErrors ?? {}).sort();
    expect(await fields(changeOrgTierAction({ orgId: "not-a-uuid", tier: "platinum" as never }))).toEqual(["orgId", "tier"]);
    expect(await fields(changeOrgStatusAction({ orgId: customer.org.id, status: "trial" }))).toEqual(["trialEndsAt"]);
    expect(await fields(changeOrgStatusAction({ orgId: customer.org.id, status: "active", trialEndsAt: "2030-02-30" }))).toEqual(["trialEndsAt"]);
    expect(await fields(changeOrgStatusAction({ orgId: customer.org.id, status: "suspended" as never }))).toEqual(["status"]);
    expect(await fields(setOrgAiBudgetAction({ orgId: customer.org.id, budgetUsd: "-5" }))).toEqual(["budgetUsd"]);
    expect(await fields(setOrgAiBudgetAction({ orgId: customer.org.id, budgetUsd: "1e9" }))).toEqual(["budgetUsd"]);
    expect(await fields(setOrgFeatureFlagAction({ orgId: customer.org.id, featureKey: "retired_key" as never, setting: "maybe" as never }))).toEqual([
      "featureKey",
      "setting",
    ]);
    expect(await fields(suspendOrgAction({ orgId: customer.org.id, reason: "x\u0000y" }))).toEqual(["reason"]);
    expect((await changeOrgTierAction({ orgId: "00000000-0000-4000-8000-000000000000", tier: "enterprise" })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditLog.count({ where: { orgId: customer.org.id } })).toBe(0);
  });
});

describe("organisations list", () => {
  it("filters, searches, sorts by every figure and counts, in a few queries over the page", async () => {
    const tag = `zq${uniqueSuffix()
      .replace(/[^a-z0-9]/gi, "")
      .toLowerCase()}`;
    const make = async (name: string, type: "ALLY" | "INVESTOR", tier: "foundation" | "professional" | "enterprise") => {
      const org = await createOrg(db, { name: `${name} ${tag}`, slug: `${name.toLowerCase()}-${tag}`, type, subscriptionTier: tier });
      return org;
    };
    const alpha = await make("Alpha", "ALLY", "foundation");
    const bravo = await make("Bravo", "INVESTOR", "enterprise");
    const charlie = await make("Charlie", "ALLY", "professional");
    await db.organization.update({ where: { id: charlie.id }, data: { subscriptionStatus: "trial", settings: { trialEndsAt: "2030-06-30" }, aiMonthlyBudget: "40" } });

    const users = async (orgId: string, active: number, inactive = 0) => {
      const made = [];
      for (let i = 0; i < active + inactive; i++) made.push(await createUser(db, { orgId, isActive: i < active }));
      return made;
    };
    const [alphaUser] = await users(alpha.id, 3, 2);
    const [bravoUser] = await users(bravo.id, 1);
    await users(charlie.id, 2);

    const monthStart = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
    const spend = (orgId: string, costUsd: string, createdAt: Date) =>
      db.aiTaskLog.create({ data: { orgId, agentType: "SIGNAL_SCORE", status: "COMPLETED", costUsd, createdAt } });
    await spend(alpha.id, "1.250000", new Date(monthStart.getTime() + 1000));
    await spend(alpha.id, "0.500000", new Date(monthStart.getTime() + 2000));
    await spend(alpha.id, "99.000000", new Date(monthStart.getTime() - 1000)); // last month: not counted
    await spend(bravo.id, "12.000000", new Date(monthStart.getTime() + 3000));

    await createDocument(db, { orgId: bravo.id, uploadedBy: bravoUser!.id, content: "b".repeat(5000) });
    await createDocument(db, { orgId: alpha.id, uploadedBy: alphaUser!.id, content: "a".repeat(1000) });
    await createDocument(db, { orgId: alpha.id, uploadedBy: alphaUser!.id, content: "a".repeat(500) });

    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    await db.auditLog.create({ data: { orgId: alpha.id, action: "project.created", entityType: "Project", timestamp: at(90) } });
    await db.auditLog.create({ data: { orgId: charlie.id, action: "project.created", entityType: "Project", timestamp: at(5) } });

    const list = (params: Record<string, string>) => unsafeListOrganisations(parseOrgListQuery({ q: tag, ...params }));
    const names = async (params: Record<string, string>) => (await list(params)).rows.map((row) => row.name.split(" ")[0]);

    const all = await list({});
    expect(all.total).toBe(3);
    const byName = Object.fromEntries(all.rows.map((row) => [row.name.split(" ")[0], row]));
    expect(byName.Alpha).toMatchObject({
      type: "ALLY",
      tier: "foundation",
      status: "active",
      activeUsers: 3,
      aiSpendUsd: "1.75",
      aiBudgetUsd: "25.00",
      storageBytes: 1500,
    });
    expect(byName.Bravo).toMatchObject({
      activeUsers: 1,
      aiSpendUsd: "12.00",
      aiBudgetUsd: "2500.00",
      aiBudgetIsCustom: false,
      storageBytes: 5000,
      lastActivityAt: null,
    });
    expect(byName.Charlie).toMatchObject({
      status: "trial",
      trialEndsAt: "2030-06-30",
      activeUsers: 2,
      aiSpendUsd: "0.00",
      aiBudgetUsd: "40.00",
      aiBudgetIsCustom: true,
      storageBytes: 0,
    });
    expect(byName.Charlie!.lastActivityAt! > byName.Alpha!.lastActivityAt!).toBe(true);

    expect(await names({})).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(await names({ sort: "name", dir: "desc" })).toEqual(["Charlie", "Bravo", "Alpha"]);
    expect(await names({ sort: "users", dir: "desc" })).toEqual(["Alpha", "Charlie", "Bravo"]);
    expect(await names({ sort: "aiSpend", dir: "desc" })).toEqual(["Bravo", "Alpha", "Charlie"]);
    expect(await names({ sort: "storage", dir: "asc" })).toEqual(["Charlie", "Alpha", "Bravo"]);
    expect(await names({ sort: "lastActivity", dir: "desc" })).toEqual(["Charlie", "Alpha", "Bravo"]);
    expect(await names({ sort: "tier", dir: "asc" })).toEqual(["Alpha", "Charlie", "Bravo"]);

    expect(await names({ type: "ALLY" })).toEqual(["Alpha", "Charlie"]);
    expect(await names({ tier: "enterprise" })).toEqual(["Bravo"]);
    expect(await names({ status: "trial" })).toEqual(["Charlie"]);
    expect(await names({ q: `bravo-${tag}` })).toEqual(["Bravo"]);
    expect(await names({ q: `${tag}%` })).toEqual([]);

    // The same statements for one org or three, sorted by an aggregate or not: one query per figure, never one per org.
    const statements = async (params: Record<string, string>) => {
      const spy = vi.spyOn(pg.Client.prototype, "query");
      try {
        await list(params);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    expect(await statements({ sort: "aiSpend" })).toBe(await statements({ q: `alpha-${tag}`, sort: "aiSpend" }));
    expect(await statements({})).toBe(await statements({ q: `alpha-${tag}` }));
    expect(await statements({})).toBe(7);

    const paged = await unsafeListOrganisations(parseOrgListQuery({ q: tag, page: "2", pageSize: "25" }));
    expect(paged).toMatchObject({ total: 3, page: 2, pageCount: 1, rows: [] });
    expect(parseOrgListQuery({ sort: "bogus", dir: "sideways", page: "-3", type: "MARTIAN" })).toMatchObject({ sort: "name", dir: "asc", page: 1, type: undefined });
  });

  it("the platform audit search finds the console's changes across orgs, by org, action text, person and day", async () => {
    const tag = uniqueSuffix();
    await setOrgFeatureFlagAction({ orgId: customer.org.id, featureKey: "marketplace", setting: "off" });
    const other = await createTenant({ type: "INVESTOR", role: "admin" });
    await setOrgAiBudgetAction({ orgId: other.org.id, budgetUsd: "77" });
    const secret = await createDocument(db, { orgId: other.org.id, uploadedBy: other.user.id, name: `Secret ${tag}.pdf`, classification: "CONFIDENTIAL" });
    await db.auditLog.create({
      data: {
        orgId: other.org.id,
        userId: other.user.id,
        action: "document.uploaded",
        entityType: "Document",
        entityId: secret.id,
        changes: { after: { name: secret.name } },
      },
    });

    const search = (params: Record<string, string>) => unsafeListPlatformAudit(parsePlatformAuditQuery({ user: platformAdmin.user.id, ...params }));
    const mine = await search({});
    expect(mine.rows.map((row) => [row.org.name, row.action])).toEqual([
      [other.org.name, "organization.ai_budget_changed"],
      [customer.org.name, "organization.feature_flag_changed"],
    ]);
    expect(sentenceText(mine.rows[1]!.sentence)).toBe(`${platformAdmin.user.fullName} turned Marketplace off for ${customer.org.name}`);
    expect((await search({ org: customer.org.id })).total).toBe(1);
    expect((await search({ q: "BUDGET" })).rows.map((row) => row.org.id)).toEqual([other.org.id]);
    expect((await search({ from: "2000-01-01", to: "2000-12-31" })).total).toBe(0);

    // A document entry read across orgs names no document and shows nothing it recorded.
    const document = await unsafeListPlatformAudit(parsePlatformAuditQuery({ org: other.org.id, entityType: "Document" }));
    expect(document.rows).toHaveLength(1);
    expect(JSON.stringify(document.rows[0])).not.toContain(`Secret ${tag}`);
  });
});

describe("system health", () => {
  it("times the database and the bucket, and reports the store down when it stops answering", async () => {
    const { unsafeCheckSystemHealth } = await import("@/lib/admin/unsafe-check-system-health");
    const s3 = await startTestStorage();
    try {
      const health = await unsafeCheckSystemHealth();
      expect(health.database).toMatchObject({ status: "up", detail: "SELECT 1 answered." });
      expect(health.database.latencyMs).toBeGreaterThan(0);
      expect(health.storage.status).toBe("up");
      expect(health.storage.latencyMs).toBeGreaterThan(0);
      expect(health.worker.backlog).toHaveProperty("runnableQueued");
    } finally {
      await s3.stop();
    }
    const stopped = await unsafeCheckSystemHealth();
    expect(stopped.storage.status).toBe("down");
    expect(stopped.database.status).toBe("up");
  });
});
