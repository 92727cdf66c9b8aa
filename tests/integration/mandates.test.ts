import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listMandateMatches } from "@/lib/matching/mandates/list-mandate-matches";
import { listMandates } from "@/lib/matching/mandates/list-mandates";
import { getMandateOrThrow } from "@/lib/matching/mandates/get-mandate-or-throw";
import type { MandateFormInput } from "@/lib/matching/mandates/schemas";
import { createInvestorMandate, createMatch, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "mandates-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createMandateAction, deleteMandateAction, rateMatchAction, setMandateActiveAction, updateMandateAction } = await import("@/lib/matching/mandates/actions");

const form: MandateFormInput = {
  name: "East Africa Renewables",
  description: "Minority equity in grid-connected generation.",
  projectTypes: ["SOLAR", "WIND"],
  geographies: ["KE", "UG"],
  excludedGeographies: ["SO"],
  stages: ["DEVELOPMENT", "CONSTRUCTION"],
  ticketSizeMin: "5000000",
  ticketSizeMax: "25000000.5",
  currency: "USD",
  targetIrrPct: "12.5",
  minEsgScore: "60",
  ifcPerformanceStandards: true,
  requireFpic: true,
  exclusions: "coal, lignite",
  instrumentTypes: ["equity", "mezzanine"],
  riskTolerance: "CONSERVATIVE",
  dimensionWeights: { geography: 30, sector: 20, stage: 10, deal_size: 20, esg: 10, evidence: 10 },
  isDiscoverable: true,
};

async function investor(role: "admin" | "analyst" | "viewer" = "analyst") {
  const actor = await createTenant({ role, type: "INVESTOR" });
  signedIn = actor;
  return actor;
}

const events = (orgId: string) => db.outboxEvent.findMany({ where: { orgId, name: "mandate.changed" }, orderBy: { createdAt: "asc" } });
const audits = (orgId: string) => db.auditLog.findMany({ where: { orgId, entityType: "InvestorMandate" }, orderBy: { timestamp: "asc" } });

async function createOne(actor: Actor) {
  signedIn = actor;
  const result = await createMandateAction(form);
  expect(result.serverError).toBeUndefined();
  return result.data!.id;
}

beforeEach(() => {
  signedIn = null;
});

describe("creating, editing, pausing, resuming and deleting a mandate", () => {
  it("create stores every field, audits it and emits mandate.changed", async () => {
    const actor = await investor();
    const id = await createOne(actor);
    const row = await db.investorMandate.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      orgId: actor.org.id,
      createdBy: actor.user.id,
      name: "East Africa Renewables",
      geographies: ["KE", "UG"],
      excludedGeographies: ["SO"],
      stages: ["DEVELOPMENT", "CONSTRUCTION"],
      currency: "USD",
      exclusions: ["coal", "lignite"],
      instrumentTypes: ["equity", "mezzanine"],
      riskTolerance: "CONSERVATIVE",
      dimensionWeights: { geography: 30, sector: 20, stage: 10, deal_size: 20, esg: 10, evidence: 10 },
      esgRequirements: { minEsgScore: 60, ifcPerformanceStandards: true, requireFpic: true },
      isDiscoverable: true,
      isActive: true,
    });
    expect(row.ticketSizeMax?.toFixed(4)).toBe("25000000.5000");
    const [audit] = await audits(actor.org.id);
    expect(audit).toMatchObject({ action: "mandate.created", entityId: id, userId: actor.user.id, userAgent: "mandates-test" });
    expect((audit.changes as { after: Record<string, unknown> }).after).toMatchObject({ ticketSizeMin: "5000000.0000", targetIrrPct: "12.5000" });
    expect((await events(actor.org.id)).map((event) => event.payload)).toEqual([{ orgId: actor.org.id, mandateId: id }]);
  });

  it("edit audits only what changed and keeps ESG keys the form does not edit; an unchanged save writes nothing", async () => {
    const actor = await investor();
    const id = await createOne(actor);
    await db.investorMandate.update({
      where: { id },
      data: { esgRequirements: { minEsgScore: 60, ifcPerformanceStandards: true, requireFpic: true, communityBenefitSharing: "preferred" } },
    });
    const result = await updateMandateAction({ ...form, mandateId: id, ticketSizeMax: "30000000", minEsgScore: "", exclusions: ["coal"] });
    expect(result.serverError).toBeUndefined();
    const row = await db.investorMandate.findUniqueOrThrow({ where: { id } });
    expect(row.esgRequirements).toEqual({ ifcPerformanceStandards: true, requireFpic: true, communityBenefitSharing: "preferred" });
    const updated = (await audits(actor.org.id)).find((audit) => audit.action === "mandate.updated")!;
    expect(updated.changes).toEqual({
      before: { ticketSizeMax: "25000000.5000", esgRequirements: { minEsgScore: 60, ifcPerformanceStandards: true, requireFpic: true }, exclusions: ["coal", "lignite"] },
      after: { ticketSizeMax: "30000000.0000", esgRequirements: { minEsgScore: null, ifcPerformanceStandards: true, requireFpic: true }, exclusions: ["coal"] },
    });
    expect(await events(actor.org.id)).toHaveLength(2);

    await updateMandateAction({ ...form, mandateId: id, ticketSizeMax: "30000000.0000", minEsgScore: "", exclusions: "coal" });
    expect(await audits(actor.org.id)).toHaveLength(2);
    expect(await events(actor.org.id)).toHaveLength(2);
  });

  it("pause and resume each audit and emit once; pausing a paused mandate does nothing", async () => {
    const actor = await investor();
    const id = await createOne(actor);
    expect((await setMandateActiveAction({ mandateId: id, active: false })).data).toEqual({ id, isActive: false });
    expect((await setMandateActiveAction({ mandateId: id, active: false })).data).toEqual({ id, isActive: false });
    expect((await setMandateActiveAction({ mandateId: id, active: true })).data).toEqual({ id, isActive: true });
    expect((await audits(actor.org.id)).map((audit) => [audit.action, audit.changes])).toEqual([
      ["mandate.created", expect.anything()],
      ["mandate.paused", { before: { isActive: true }, after: { isActive: false } }],
      ["mandate.resumed", { before: { isActive: false }, after: { isActive: true } }],
    ]);
    expect(await events(actor.org.id)).toHaveLength(3);
  });

  it("delete removes the mandate and its untouched suggestions, keeps matches someone acted on (unlinked), audits what it said and emits", async () => {
    const actor = await investor();
    const id = await createOne(actor);
    const ally = await createTenant({ type: "ALLY" });
    const [viewed, untouched] = [await createTenantProject(ally, { isPublished: true }), await createTenantProject(ally, { isPublished: true })];
    const match = await createMatch(db, { investorOrgId: actor.org.id, projectId: viewed.id, mandateId: id, status: "VIEWED" });
    const suggestion = await createMatch(db, { investorOrgId: actor.org.id, projectId: untouched.id, mandateId: id });
    signedIn = actor;
    expect((await deleteMandateAction({ mandateId: id })).data).toEqual({ id });
    expect(await db.investorMandate.count({ where: { id } })).toBe(0);
    expect(await db.matchResult.findUniqueOrThrow({ where: { id: match.id } })).toMatchObject({ mandateId: null, status: "VIEWED" });
    expect(await db.matchResult.count({ where: { id: suggestion.id } })).toBe(0);
    const deleted = (await audits(actor.org.id)).at(-1)!;
    expect(deleted.action).toBe("mandate.deleted");
    expect((deleted.changes as { before: Record<string, unknown> }).before).toMatchObject({ name: form.name, isActive: true, currency: "USD" });
    expect((await events(actor.org.id)).map((event) => event.payload)).toEqual([
      { orgId: actor.org.id, mandateId: id },
      { orgId: actor.org.id, mandateId: id },
    ]);
  });
});

describe("bad input is refused with its message, and nothing is written", () => {
  it.each([
    [{ ticketSizeMin: "30000000" }, "ticketSizeMin", "The minimum ticket is above the maximum."],
    [{ currency: "ABC" }, "currency", "Choose a currency from the list (ISO 4217, e.g. USD)."],
    [{ geographies: ["KE", "QQ"] }, "geographies", "Unknown country code in the geographies: QQ. Choose countries from the list (ISO 3166-1 alpha-2, e.g. KE)."],
    [{ dimensionWeights: { ...form.dimensionWeights, geography: 25 } }, "dimensionWeights", "Weights add up to 95: they must add up to 100."],
    [{ dimensionWeights: { ...form.dimensionWeights, esg: -10, geography: 50 } }, "dimensionWeights.esg", "A weight cannot be negative."],
    [{ ticketSizeMax: "-1" }, "ticketSizeMax", "The maximum ticket cannot be negative."],
    [{ targetIrrPct: "-3" }, "targetIrrPct", "The target IRR cannot be negative."],
    [{ name: "" }, "name", "Enter a name for the mandate."],
    [{ name: "n".repeat(300) }, "name", "Keep the name under 255 characters."],
  ])("create with %o", async (change, field, message) => {
    const actor = await investor();
    const result = await createMandateAction({ ...form, ...change } as MandateFormInput);
    expect(result.validationErrors?.fieldErrors).toEqual({ [field]: [message] });
    expect(await db.investorMandate.count({ where: { orgId: actor.org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id } })).toBe(0);
    expect(await db.outboxEvent.count({ where: { orgId: actor.org.id } })).toBe(0);
  });

  it("an edit with weights that do not add up leaves the mandate as it was", async () => {
    const actor = await investor();
    const id = await createOne(actor);
    const before = await db.investorMandate.findUniqueOrThrow({ where: { id } });
    const result = await updateMandateAction({ ...form, mandateId: id, name: "Renamed", dimensionWeights: { ...form.dimensionWeights, evidence: 15 } });
    expect(result.validationErrors?.fieldErrors).toEqual({ dimensionWeights: ["Weights add up to 105: they must add up to 100."] });
    expect(await db.investorMandate.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await audits(actor.org.id)).toHaveLength(1);
  });
});

describe("mandates are tenant-scoped and permission-checked", () => {
  it("another investor gets NOT_FOUND from every action and read, and nothing changes", async () => {
    const owner = await investor();
    const id = await createOne(owner);
    const before = await db.investorMandate.findUniqueOrThrow({ where: { id } });
    const intruder = await investor("admin");
    const results = [
      await updateMandateAction({ ...form, mandateId: id, name: "Taken over" }),
      await setMandateActiveAction({ mandateId: id, active: false }),
      await deleteMandateAction({ mandateId: id }),
    ];
    for (const result of results) expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    await expect(getMandateOrThrow(intruder, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listMandateMatches(intruder, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMandates(intruder)).rows).toEqual([]);
    expect(await db.investorMandate.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { orgId: intruder.org.id } })).toBe(0);
    expect(await events(owner.org.id)).toHaveLength(1);
  });

  it("an ALLY org cannot use mandates at all (NOT_FOUND); a viewer reads but cannot write (FORBIDDEN)", async () => {
    const owner = await investor();
    const id = await createOne(owner);
    signedIn = await createTenant({ role: "admin", type: "ALLY" });
    expect((await createMandateAction(form)).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await setMandateActiveAction({ mandateId: id, active: false })).serverError).toMatchObject({ code: "NOT_FOUND" });
    signedIn = { ...owner, role: "viewer" };
    for (const result of [
      await createMandateAction(form),
      await updateMandateAction({ ...form, mandateId: id }),
      await setMandateActiveAction({ mandateId: id, active: false }),
      await deleteMandateAction({ mandateId: id }),
    ]) {
      expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await listMandates(signedIn)).rows.map((row) => [row.id, row.isActive])).toEqual([[id, true]]);
    expect(await db.investorMandate.count({ where: { orgId: owner.org.id } })).toBe(1);
  });
});

describe("a mandate's matches and their feedback", () => {
  async function mandateWithMatches() {
    const actor = await investor();
    const ally = await createTenant({ type: "ALLY" });
    const mandate = await createInvestorMandate(db, { orgId: actor.org.id, createdBy: actor.user.id });
    const projects = await Promise.all(["Low", "High", "Middle"].map((name) => createTenantProject(ally, { name, isPublished: true, country: "UG" })));
    const matches = await Promise.all(
      projects.map((project, index) => createMatch(db, { investorOrgId: actor.org.id, projectId: project.id, mandateId: mandate.id, overallScore: [51, 93, 70][index] })),
    );
    return { actor, ally, mandate, projects, matches };
  }

  it("lists matches best first with the project's facts, and only the org's own rows", async () => {
    const { actor, mandate, projects, matches } = await mandateWithMatches();
    // A row of another investor pointing at this mandate must not show (a scoped read, not a trusting one).
    const stranger = await createTenant({ type: "INVESTOR" });
    const extra = await createTenantProject(await createTenant({ type: "ALLY" }), { isPublished: true });
    await createMatch(db, { investorOrgId: stranger.org.id, projectId: extra.id, mandateId: mandate.id, overallScore: 99 });
    // A row written before breakdowns had a version (the old seed's shape) shows none rather than a wrong one.
    await db.matchResult.update({ where: { id: matches[0].id }, data: { scoreBreakdown: { geography: { score: 51, weight: 0.25 } } } });
    const page = await listMandateMatches(actor, mandate.id);
    expect(page.rows.map((row) => [row.project.name, row.overallScore])).toEqual([
      ["High", 93],
      ["Middle", 70],
      ["Low", 51],
    ]);
    expect(page.rows[0].project).toMatchObject({ id: projects[1].id, country: "UG", projectType: "SOLAR", isPublished: true });
    expect(page.rows[0].breakdown?.dimensions.geography).toMatchObject({ score: 93, weight: 25 });
    expect(page.rows[2].breakdown).toBeNull();
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1, updating: false });
    const [listed] = (await listMandates(actor)).rows;
    expect(listed).toMatchObject({ id: mandate.id, matchCount: 3, bestScore: 93 });
  });

  it("says matching is updating for a minute after a change while there are no matches", async () => {
    const actor = await investor();
    const mandate = await createInvestorMandate(db, { orgId: actor.org.id });
    expect((await listMandateMatches(actor, mandate.id, { now: new Date(mandate.updatedAt.getTime() + 30_000) })).updating).toBe(true);
    expect((await listMandateMatches(actor, mandate.id, { now: new Date(mandate.updatedAt.getTime() + 61_000) })).updating).toBe(false);
  });

  it("a second rating by the same user replaces the first; tallies, own rating and comments show to the org", async () => {
    const { actor, mandate, matches } = await mandateWithMatches();
    const other = await createUser(db, { orgId: actor.org.id, role: "analyst" });
    const colleague = { ...actor, user: { ...actor.user, id: other.id, fullName: other.fullName } };
    const high = matches[1];
    expect((await rateMatchAction({ matchId: high.id, rating: 1, comment: "Strong fit" })).data).toMatchObject({ rating: 1, comment: "Strong fit" });
    await rateMatchAction({ matchId: high.id, rating: -1, comment: "Ticket too small after all" });
    signedIn = colleague;
    await rateMatchAction({ matchId: high.id, rating: -1 });
    const rows = await db.aiFeedback.findMany({ where: { entityType: "MatchResult", entityId: high.id } });
    expect(rows.map((row) => [row.userId, row.rating, row.comment]).sort()).toEqual(
      [
        [actor.user.id, -1, "Ticket too small after all"],
        [colleague.user.id, -1, null],
      ].sort(),
    );
    const page = await listMandateMatches(actor, mandate.id);
    expect(page.rows[0].feedback).toMatchObject({
      up: 0,
      down: 2,
      mine: { rating: -1, comment: "Ticket too small after all" },
      comments: [{ userName: actor.user.fullName, rating: -1, comment: "Ticket too small after all" }],
    });
    expect((await db.auditLog.findMany({ where: { orgId: actor.org.id, entityType: "AiFeedback" }, orderBy: { timestamp: "asc" } })).map((a) => a.action)).toEqual([
      "ai_feedback.created",
      "ai_feedback.updated",
      "ai_feedback.created",
    ]);
  });

  it("rating another investor's match is NOT_FOUND and writes nothing", async () => {
    const { matches } = await mandateWithMatches();
    const intruder = await investor("admin");
    expect((await rateMatchAction({ matchId: matches[0].id, rating: 1 })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.aiFeedback.count({ where: { entityId: matches[0].id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: intruder.org.id } })).toBe(0);
  });
});
