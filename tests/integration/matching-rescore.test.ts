import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createDbClient, type DbClient } from "@/lib/db/create-db-client";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { emit } from "@/lib/events/emit";
import { isoDay } from "@/lib/fx/fx-table";
import { importFxRates } from "@/lib/fx/import-fx-rates";
import { breakdownJsonbText } from "@/lib/matching/engine/jsonb-text";
import { parseMatchBreakdown } from "@/lib/matching/engine/match-breakdown";
import { DEFAULT_DIMENSION_WEIGHTS } from "@/lib/matching/engine/match-dimensions";
import { recomputeAllMatches } from "@/lib/matching/engine/recompute-all-matches";
import { rescoreMandate } from "@/lib/matching/engine/rescore-mandate";
import { rescoreProject } from "@/lib/matching/engine/rescore-project";
import { scorePair } from "@/lib/matching/engine/score-pair";
import { createMandate } from "@/lib/matching/mandates/create-mandate";
import { createMandateSchema } from "@/lib/matching/mandates/schemas";
import { createInvestorMandate, createMatch, createOrg, createProject, createSignalScore, type FactoryDb } from "@/prisma/factories";
import type { CreateMandateInput } from "@/prisma/factories/create-matching";
import { drainJobs } from "../support/job-worker";
import { createTenant, createTenantProject, db } from "../support/test-db";

/**
 * Rescoring is cross-org: a project meets every mandate in the database, and other files' data
 * shares it. So each test's mandates and projects sit in a territory of their own that no other
 * test uses (Antarctica, Bouvet Island, ...); a mandate's countries are a gate, so nothing
 * outside them is suggested to it. The full recompute runs on a database of its own.
 */
const PLACE_WEIGHTS = { geography: 60, sector: 20, stage: 0, deal_size: 20, esg: 0, evidence: 0 };

async function world() {
  const investor = await createTenant({ type: "INVESTOR" });
  const ally = await createTenant({ type: "ALLY" });
  return { investor, ally };
}

/** A mandate for geothermal projects in `place` (ISO code), with geography weighing 60. */
function placeMandate(investor: Actor, place: string, overrides: Partial<CreateMandateInput> = {}) {
  return createInvestorMandate(db, {
    orgId: investor.org.id,
    projectTypes: ["GEOTHERMAL"],
    geographies: [place],
    stages: ["DEVELOPMENT"],
    ticketSizeMin: "1000000.0000",
    ticketSizeMax: "20000000.0000",
    dimensionWeights: PLACE_WEIGHTS,
    ...overrides,
  });
}

function placeProject(ally: Actor, place: string, overrides: Parameters<typeof createTenantProject>[1] = {}) {
  return createTenantProject(ally, { country: place, projectType: "GEOTHERMAL", isPublished: true, totalInvestmentRequired: "8000000.0000", ...overrides });
}

/** Callers scope by their investor: other files' mandates (any country, default weights) may match a project too. */
const rowsOf = (filter: { mandateId?: string; projectId?: string; investorOrgId?: string; allyOrgId?: string }) =>
  db.matchResult.findMany({ where: filter, orderBy: { createdAt: "asc" } });
const rescoreAudits = (orgId: string) => db.auditLog.findMany({ where: { orgId, action: "matches.rescored" }, include: { actor: true }, orderBy: { timestamp: "asc" } });

describe("rescoring one project or one mandate", () => {
  it("suggests a fitting pair (SUGGESTED, by SYSTEM, both orgs set) with scorePair's score and breakdown, audits each org once, and a rerun changes nothing", async () => {
    const { investor, ally } = await world();
    const mandate = await placeMandate(investor, "AQ");
    const project = await placeProject(ally, "AQ");

    await rescoreProject(project.id);
    const [row, ...more] = await rowsOf({ projectId: project.id, investorOrgId: investor.org.id });
    expect(more).toEqual([]);
    const expected = await scorePair(mandate.id, project.id);
    expect(expected?.overall).toBe(100);
    expect(row).toMatchObject({
      mandateId: mandate.id,
      investorOrgId: investor.org.id,
      allyOrgId: ally.org.id,
      status: "SUGGESTED",
      initiatedBy: "SYSTEM",
      overallScore: 100,
    });
    expect(parseMatchBreakdown(row.scoreBreakdown)).toEqual(expected!.breakdown);
    expect(parseMatchBreakdown(row.scoreBreakdown)?.dimensions.geography.reason).toBe("Antarctica is one of the mandate's geographies.");

    for (const org of [investor.org.id, ally.org.id]) {
      const audits = await rescoreAudits(org);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        userId: null,
        entityType: "Project",
        entityId: project.id,
        changes: { before: null, after: { scope: "project", upserted: 1, removed: 0 } },
      });
      expect(audits[0].actor).toMatchObject({ kind: "system", ref: "rescore-project-matches" });
    }

    // The rerun compares fingerprints: PostgreSQL's text of the stored jsonb is what jsonbText prints.
    const [{ fingerprint }] = await db.$queryRaw<
      { fingerprint: string }[]
    >`SELECT md5(score_breakdown::text) AS fingerprint FROM match_results WHERE id = ${row.id}::uuid`;
    expect(createHash("md5").update(breakdownJsonbText(expected!.breakdown)).digest("hex")).toBe(fingerprint);
    await rescoreProject(project.id);
    await rescoreMandate(mandate.id);
    const [again] = await rowsOf({ projectId: project.id, investorOrgId: investor.org.id });
    expect(again.updatedAt).toEqual(row.updatedAt);
    expect(await rescoreAudits(investor.org.id)).toHaveLength(1);
  });

  it("never suggests a project outside the mandate's countries or sectors, however well it scores on the rest: they are gates", async () => {
    const { investor, ally } = await world();
    const elsewhere = await placeMandate(investor, "AQ", { projectTypes: [], dimensionWeights: DEFAULT_DIMENSION_WEIGHTS });
    const otherSector = await placeMandate(investor, "HM", { projectTypes: ["SOLAR", "WIND"], dimensionWeights: DEFAULT_DIMENSION_WEIGHTS });
    const project = await placeProject(ally, "HM", { name: "Heard Island heat" });
    const score = await createSignalScore(db, { orgId: ally.org.id, projectId: project.id, overallScore: "96.00" });
    await db.signalScore.update({ where: { id: score.id }, data: { esgScore: "90.00" } });

    await rescoreProject(project.id);
    await rescoreMandate(elsewhere.id);
    await rescoreMandate(otherSector.id);
    expect(await rowsOf({ projectId: project.id, investorOrgId: investor.org.id })).toEqual([]);
    expect(await scorePair(elsewhere.id, project.id)).toMatchObject({
      overall: 0,
      breakdown: { excludedBy: "Heard & McDonald Islands is outside the mandate's geographies (Antarctica)." },
    });
    expect(await scorePair(otherSector.id, project.id)).toMatchObject({
      overall: 0,
      breakdown: { excludedBy: "Geothermal is not among the mandate's sectors (Solar and Wind)." },
    });
  });

  it("does not suggest a pair below the threshold or an excluded one", async () => {
    const { investor, ally } = await world();
    // Inside both gates (40 of these weights), a ticket an eighth of the need (13% of 60): 48.
    const smallTicket = await placeMandate(investor, "BV", {
      ticketSizeMax: "1000000.0000",
      dimensionWeights: { geography: 20, sector: 20, stage: 0, deal_size: 60, esg: 0, evidence: 0 },
    });
    const excludesWord = await placeMandate(investor, "BV", { exclusions: ["diesel"] });
    const excludesCountry = await placeMandate(investor, "BV", { excludedGeographies: ["BV"] });
    const project = await placeProject(ally, "BV", { description: "Geothermal plant with diesel backup for the weather station." });

    await rescoreProject(project.id);
    expect(await rowsOf({ projectId: project.id, investorOrgId: investor.org.id })).toEqual([]);
    expect(await scorePair(smallTicket.id, project.id)).toMatchObject({ overall: 48, breakdown: { excludedBy: null } });
    expect((await scorePair(excludesWord.id, project.id))?.breakdown.excludedBy).toBe('The mandate excludes "diesel", found in the project\'s description.');
    expect(await scorePair(excludesCountry.id, project.id)).toMatchObject({ overall: 0, breakdown: { excludedBy: "The mandate never invests in Bouvet Island." } });
  });

  it("a project that stops fitting loses its untouched suggestion; rows people acted on or an ally proposed keep status and notes with the new score", async () => {
    const { investor, ally } = await world();
    const [untouched, viewed, proposed] = [await placeMandate(investor, "HM"), await placeMandate(investor, "HM"), await placeMandate(investor, "HM")];
    const project = await placeProject(ally, "HM");
    await rescoreProject(project.id);
    expect(await rowsOf({ projectId: project.id, investorOrgId: investor.org.id })).toHaveLength(3);
    await db.matchResult.updateMany({ where: { mandateId: viewed.id }, data: { status: "VIEWED", investorNotes: "Call them." } });
    await db.matchResult.updateMany({ where: { mandateId: proposed.id }, data: { initiatedBy: "ALLY" } });

    // Moved to the French Southern Territories (outside every HM mandate) and four times the size.
    await db.project.update({ where: { id: project.id }, data: { geographyCountry: "TF", totalInvestmentRequired: "40000000.0000" } });
    await rescoreProject(project.id);

    const rows = await rowsOf({ projectId: project.id, investorOrgId: investor.org.id });
    expect(rows.map((r) => r.mandateId).sort()).toEqual([viewed.id, proposed.id].sort());
    // Outside the mandates' geography gate now: 0, and the breakdown says why.
    expect(rows.find((r) => r.mandateId === viewed.id)).toMatchObject({ status: "VIEWED", investorNotes: "Call them.", overallScore: 0 });
    expect(rows.find((r) => r.mandateId === proposed.id)).toMatchObject({ status: "SUGGESTED", initiatedBy: "ALLY", overallScore: 0 });
    expect(parseMatchBreakdown(rows[0].scoreBreakdown)?.excludedBy).toBe("French Southern Territories is outside the mandate's geographies (Heard & McDonald Islands).");
    expect(parseMatchBreakdown(rows[0].scoreBreakdown)?.dimensions.deal_size.reason).toBe("The USD 40m need is above the USD 20m maximum ticket: the ticket covers 50%.");
    expect(await rowsOf({ mandateId: untouched.id })).toEqual([]);
    expect((await rescoreAudits(investor.org.id)).map((a) => a.changes)).toEqual([
      { before: null, after: { scope: "project", upserted: 3, removed: 0 } },
      { before: null, after: { scope: "project", upserted: 2, removed: 1 } },
    ]);
  });

  it("an unpublished project loses its untouched suggestions; a connected match stays as it was", async () => {
    const { investor, ally } = await world();
    const [suggested, connected] = [await placeMandate(investor, "GS"), await placeMandate(investor, "GS")];
    const project = await placeProject(ally, "GS");
    await rescoreProject(project.id);
    await db.matchResult.updateMany({ where: { mandateId: connected.id }, data: { status: "CONNECTED" } });

    await db.project.update({ where: { id: project.id }, data: { isPublished: false } });
    expect(await scorePair(suggested.id, project.id)).toBeNull();
    await rescoreProject(project.id);
    const rows = await rowsOf({ projectId: project.id, investorOrgId: investor.org.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mandateId: connected.id, status: "CONNECTED", overallScore: 100 });
  });

  it("rescores a mandate against every published project of every ally; pausing or deleting it removes its untouched suggestions", async () => {
    const { investor, ally } = await world();
    const other = await createTenant({ type: "ALLY" });
    const mandate = await placeMandate(investor, "UM");
    const fits = await placeProject(ally, "UM");
    const alsoFits = await placeProject(other, "UM", { stage: "CONSTRUCTION", name: "Wake Island heat" });
    const draft = await placeProject(ally, "UM", { isPublished: false });
    await rescoreMandate(mandate.id);
    const rows = await rowsOf({ mandateId: mandate.id });
    expect(rows.map((r) => r.projectId).sort()).toEqual([fits.id, alsoFits.id].sort());
    expect(rows.find((r) => r.projectId === alsoFits.id)).toMatchObject({ allyOrgId: other.org.id, overallScore: 100 });
    expect(rows.some((r) => r.projectId === draft.id)).toBe(false);

    await db.matchResult.updateMany({ where: { mandateId: mandate.id, projectId: fits.id }, data: { status: "INTERESTED" } });
    await db.investorMandate.update({ where: { id: mandate.id }, data: { isActive: false } });
    await rescoreMandate(mandate.id);
    expect((await rowsOf({ mandateId: mandate.id })).map((r) => r.projectId)).toEqual([fits.id]);

    const second = await placeMandate(investor, "UM");
    await rescoreMandate(second.id);
    expect(await rowsOf({ mandateId: second.id })).toHaveLength(2);
    await db.investorMandate.delete({ where: { id: second.id } });
    // Its suggestions outlived it with mandate_id NULL; rescoring the deleted id clears them.
    const orphans = () => db.matchResult.count({ where: { investorOrgId: investor.org.id, mandateId: null } });
    expect(await orphans()).toBe(2);
    await rescoreMandate(second.id);
    expect(await orphans()).toBe(0);
  });

  it("uses the latest completed Signal Score for ESG and evidence", async () => {
    const { investor, ally } = await world();
    const mandate = await placeMandate(investor, "PN", {
      minEsgScore: 60,
      dimensionWeights: { geography: 60, sector: 10, stage: 0, deal_size: 10, esg: 10, evidence: 10 },
    });
    const project = await placeProject(ally, "PN");
    const first = await createSignalScore(db, { orgId: ally.org.id, projectId: project.id, overallScore: "40.00" });
    await db.signalScore.update({ where: { id: first.id }, data: { esgScore: "50.00" } });
    const latest = await createSignalScore(db, { orgId: ally.org.id, projectId: project.id, overallScore: "82.00" });
    await db.signalScore.update({ where: { id: latest.id }, data: { esgScore: "64.00" } });
    await createSignalScore(db, { orgId: ally.org.id, projectId: project.id, overallScore: "10.00", status: "FAILED" });

    const scored = await scorePair(mandate.id, project.id);
    expect(scored?.breakdown.dimensions.esg).toMatchObject({ score: 100, reason: "ESG score 64 meets the mandate's minimum of 60." });
    expect(scored?.breakdown.dimensions.evidence).toMatchObject({ score: 82, reason: "Signal Score 82 (investment ready) on its latest completed version." });
    expect(scored?.overall).toBe(98);
  });

  it("converts the need through the dated rates and names a missing one in the stored breakdown", async () => {
    const { investor, ally } = await world();
    // Made-up currency codes: fx_rates is shared by every test file.
    const today = isoDay(new Date());
    await importFxRates(db, [
      { rateDate: today, currency: "XQM", rate: "2.00000000" },
      { rateDate: today, currency: "XQP", rate: "5.00000000" },
    ]);
    const mandate = await placeMandate(investor, "TK", { currency: "XQM" });
    const converted = await placeProject(ally, "TK", { currency: "XQP", totalInvestmentRequired: "25000000.0000" });
    const unconvertible = await placeProject(ally, "TK", { currency: "XQZ" });
    await rescoreMandate(mandate.id);

    const rows = await rowsOf({ mandateId: mandate.id });
    const byProject = new Map(rows.map((r) => [r.projectId, parseMatchBreakdown(r.scoreBreakdown)!]));
    expect(byProject.get(converted.id)?.fx).toEqual({ rate: "0.40000000", rateDate: today, source: "ECB", from: "XQP", to: "XQM" });
    expect(byProject.get(converted.id)?.dimensions.deal_size.reason).toBe(`The XQP 25m need (XQM 10m at the ECB rate of ${today}) is within the XQM 1m to 20m ticket.`);
    expect(byProject.get(unconvertible.id)?.missingRate).toBe(`No ECB rate for XQZ on or before ${today}`);
    expect(byProject.get(unconvertible.id)?.dimensions.deal_size.score).toBe(0);
    expect(rows.find((r) => r.projectId === unconvertible.id)?.overallScore).toBe(80);
    // PostgreSQL's own text of the stored breakdowns (fx set, a missing rate named) is what breakdownJsonbText prints.
    const stored = await db.$queryRaw<
      { id: string; text: string }[]
    >`SELECT project_id::text AS id, score_breakdown::text AS text FROM match_results WHERE mandate_id = ${mandate.id}::uuid`;
    for (const { id, text } of stored) expect(breakdownJsonbText(byProject.get(id)!)).toBe(text);
  });
});

describe("rescoring jobs", () => {
  it("a new mandate, a published project and a completed Signal Score rescore through their events; a failed score and an unpublished project do not leave suggestions", async () => {
    const { investor, ally } = await world();
    const project = await placeProject(ally, "NF");
    const mandate = await createMandate(
      investor,
      createMandateSchema.parse({
        name: "Norfolk Island geothermal",
        description: "",
        projectTypes: ["GEOTHERMAL"],
        geographies: ["NF"],
        excludedGeographies: [],
        stages: ["DEVELOPMENT"],
        ticketSizeMin: "1000000",
        ticketSizeMax: "20000000",
        currency: "USD",
        targetIrrPct: "",
        minEsgScore: "",
        ifcPerformanceStandards: false,
        requireFpic: false,
        exclusions: "",
        instrumentTypes: [],
        riskTolerance: "MODERATE",
        dimensionWeights: PLACE_WEIGHTS,
        isDiscoverable: false,
      }),
    );
    await drainJobs();
    expect((await rowsOf({ mandateId: mandate.id })).map((r) => r.projectId)).toEqual([project.id]);

    // Scoped to this investor: other files' mandates (any country, default weights) may match the project too.
    const later = await placeProject(ally, "NF");
    await db.$transaction((tx) => emit(tx, "project.published", { orgId: ally.org.id, projectId: later.id }));
    await drainJobs();
    expect(await rowsOf({ projectId: later.id, investorOrgId: investor.org.id })).toHaveLength(1);

    await db.matchResult.deleteMany({ where: { projectId: later.id } });
    const failed = await createSignalScore(db, { orgId: ally.org.id, projectId: later.id, status: "FAILED" });
    await db.$transaction((tx) => emit(tx, "signal_score.completed", { orgId: ally.org.id, projectId: later.id, scoreId: failed.id, status: "FAILED" }));
    await drainJobs();
    expect(await rowsOf({ projectId: later.id, investorOrgId: investor.org.id })).toEqual([]);
    const completed = await createSignalScore(db, { orgId: ally.org.id, projectId: later.id, overallScore: "71.00" });
    await db.$transaction((tx) => emit(tx, "signal_score.completed", { orgId: ally.org.id, projectId: later.id, scoreId: completed.id, status: "COMPLETED" }));
    await drainJobs();
    expect(await rowsOf({ projectId: later.id, investorOrgId: investor.org.id })).toHaveLength(1);

    await db.project.update({ where: { id: later.id }, data: { isPublished: false } });
    await db.$transaction((tx) => emit(tx, "project.unpublished", { orgId: ally.org.id, projectId: later.id }));
    await drainJobs();
    expect(await rowsOf({ projectId: later.id, investorOrgId: investor.org.id })).toEqual([]);
  });
});

describe("recomputing every pair (on a database of its own: it touches every org)", () => {
  let embedded: EmbeddedPostgres;
  let isolated: DbClient;
  const slot = globalThis as { __scrDb?: DbClient };
  let shared: DbClient | undefined;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ inMemory: true });
    await applyMigrations(embedded.url);
    const pool = process.env.DATABASE_POOL_SIZE;
    process.env.DATABASE_POOL_SIZE = "1";
    isolated = createDbClient(embedded.url);
    process.env.DATABASE_POOL_SIZE = pool;
    shared = slot.__scrDb;
    slot.__scrDb = isolated;
  });

  afterAll(async () => {
    slot.__scrDb = shared;
    await isolated?.$disconnect();
    await embedded?.stop();
  });

  async function tenants(client: FactoryDb) {
    const investor = await createOrg(client, { type: "INVESTOR" });
    const ally = await createOrg(client, { type: "ALLY" });
    const project = (country: string) =>
      createProject(client, { orgId: ally.id, country, projectType: "GEOTHERMAL", isPublished: true, totalInvestmentRequired: "8000000" });
    const mandate = (geographies: string[]) =>
      createInvestorMandate(client, { orgId: investor.id, geographies, projectTypes: ["GEOTHERMAL"], stages: ["DEVELOPMENT"], dimensionWeights: PLACE_WEIGHTS });
    return { investor, ally, project, mandate };
  }

  it("writes every pair at or above the threshold, removes stale suggestions, rescores acted-on rows, reports progress, and a second run changes nothing", async () => {
    const { investor, ally, project, mandate } = await tenants(isolated);
    const [aq, is] = [await mandate(["AQ"]), await mandate(["IS"])];
    const [p1, p2, p3] = [await project("AQ"), await project("AQ"), await project("IS")];
    await project("NZ");
    const stale = await createMatch(isolated, { investorOrgId: investor.id, projectId: p3.id, mandateId: aq.id, overallScore: 90 });
    const declined = await createMatch(isolated, { investorOrgId: investor.id, projectId: p1.id, mandateId: is.id, overallScore: 90, status: "DECLINED" });

    const progress: [number, number][] = [];
    const result = await recomputeAllMatches({ onProgress: async (done, total) => void progress.push([done, total]) });
    // 2 mandates x 4 projects; aq fits p1 and p2, is fits p3 (3 inserted), the declined row rescored (1).
    expect(result).toEqual({ pairs: 8, upserted: 4, removed: 1 });
    expect(progress).toEqual([[2, 2]]);
    const rows = await isolated.matchResult.findMany({ select: { mandateId: true, projectId: true, status: true, overallScore: true } });
    expect(rows).toHaveLength(4);
    expect(rows).toEqual(
      expect.arrayContaining([
        { mandateId: aq.id, projectId: p1.id, status: "SUGGESTED", overallScore: 100 },
        { mandateId: aq.id, projectId: p2.id, status: "SUGGESTED", overallScore: 100 },
        { mandateId: is.id, projectId: p3.id, status: "SUGGESTED", overallScore: 100 },
        // Iceland's mandate on an Antarctic project: outside its geography gate.
        { mandateId: is.id, projectId: p1.id, status: "DECLINED", overallScore: 0 },
      ]),
    );
    expect(await isolated.matchResult.count({ where: { id: stale.id } })).toBe(0);
    expect(await isolated.matchResult.findUniqueOrThrow({ where: { id: declined.id } })).toMatchObject({ overallScore: 0 });
    const audits = await isolated.auditLog.findMany({ where: { action: "matches.rescored" }, orderBy: { orgId: "asc" } });
    expect(audits.map((a) => [a.orgId, a.changes])).toEqual(
      [
        [investor.id, { before: null, after: { scope: "all", upserted: 4, removed: 1 } }],
        [ally.id, { before: null, after: { scope: "all", upserted: 4, removed: 1 } }],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    expect(await recomputeAllMatches()).toEqual({ pairs: 8, upserted: 0, removed: 0 });
    expect(await isolated.auditLog.count({ where: { action: "matches.rescored" } })).toBe(2);
  });
});
