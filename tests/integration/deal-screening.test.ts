import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { toTextExtractionRecord } from "@/lib/dataroom/extraction/text-extraction-record";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { createDocument } from "@/prisma/factories";
import { forcedTool, startFakeAnthropic, toolUseReply } from "../support/fake-anthropic";
import { drainJobs } from "../support/job-worker";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject, db } from "../support/test-db";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { screenProjectAction } = await import("@/lib/deal-screening/actions");
const { screenProject } = await import("@/lib/deal-screening/screen-project");
const { getDealScreenView } = await import("@/lib/deal-screening/get-deal-screen-view");
const { addToPipeline } = await import("@/lib/pipeline/add-to-pipeline");

let fake: Awaited<ReturnType<typeof startFakeAnthropic>>;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(async () => {
  delete process.env.ANTHROPIC_API_KEY;
  delete process.env.ANTHROPIC_BASE_URL;
  await fake.close();
});
beforeEach(() => {
  signedIn = null;
  fake.reset();
  delete process.env.ANTHROPIC_API_KEY;
});

const SECRET = "SIDE-LETTER-7731";
const PAGES = {
  offtake: ["Offtake summary for the project.", "The power purchase agreement with Kenya Power was signed on 3 March 2026 for a term of 20 years."],
  grid: ["Grid connection overview.", "The grid connection agreement with KETRACO was executed on 12 May 2026 for 40 MW at the Kisumu substation."],
  yield: ["The energy yield study gives a P50 of 92 GWh per year and a P90 of 85 GWh per year."],
  confidential: [`The power purchase agreement was signed with a side letter ${SECRET} lowering the tariff to 0.0612 USD/kWh.`],
};

/** A READY document of the project with a COMPLETED extraction of these pages, stored as the upload job stores it. */
async function documentWithPages(ally: Actor, projectId: string, name: string, pages: string[], classification: DocumentClassification | null) {
  const document = await createDocument(db, { orgId: ally.org.id, uploadedBy: ally.user.id, projectId, name });
  await db.document.update({ where: { id: document.id }, data: { classification } });
  await db.documentExtraction.create({
    data: { documentId: document.id, extractionType: "TEXT", status: "COMPLETED", ...toTextExtractionRecord(pages.map((text, i) => ({ page: i + 1, text }))) },
  });
  return document;
}

/** An ally's listed project with PUBLIC offtake and grid documents and a CONFIDENTIAL one; an investor with it in its pipeline. */
async function buildWorld(options: { documents?: boolean } = {}) {
  const ally = await createTenant({ type: "ALLY", role: "admin" });
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Kisumu Solar ${ally.org.id.slice(0, 6)}` });
  const documents =
    options.documents === false
      ? null
      : {
          offtake: await documentWithPages(ally, project.id, "Offtake Summary.pdf", PAGES.offtake, "PUBLIC"),
          grid: await documentWithPages(ally, project.id, "Grid Connection.pdf", PAGES.grid, "PUBLIC"),
          confidential: await documentWithPages(ally, project.id, "Tariff Side Letter.pdf", PAGES.confidential, "CONFIDENTIAL"),
        };
  const entry = await addToPipeline(investor, { projectId: project.id, stage: "screening", reason: "Fits the mandate" });
  return { ally, investor, project, documents, entryId: entry.id };
}

async function screenAndDrain(actor: Actor, projectId: string) {
  const requested = await screenProject(actor, projectId);
  expect(await db.dealScreenVersion.findUniqueOrThrow({ where: { id: requested.versionId } })).toMatchObject({ status: "PENDING" });
  await drainJobs();
  return requested;
}

const pageText = (documentId: string, page: number, w: Awaited<ReturnType<typeof buildWorld>>) => {
  const d = w.documents!;
  const pages = documentId === d.offtake.id ? PAGES.offtake : documentId === d.grid.id ? PAGES.grid : null;
  return pages?.[page - 1] ?? null;
};

describe("deal screening (offline analyser)", () => {
  it("screens a listed project from its PUBLIC documents: every citation is a page it was given, the CONFIDENTIAL text never appears", async () => {
    const w = await buildWorld();
    const requested = await screenAndDrain(w.investor, w.project.id);
    expect(requested).toMatchObject({ version: 1, alreadyRunning: false });

    const version = await db.dealScreenVersion.findUniqueOrThrow({ where: { id: requested.versionId } });
    expect(version).toMatchObject({ status: "COMPLETED", recommendation: "REJECT", modelUsed: "offline-rules-v1", triggeredBy: w.investor.user.id });
    // Offtake (20) and grid (15) of the eight criteria: 35 of 100, below REVIEW's 40. Sources are numbered in document-name order.
    expect(Number(version.overallScore)).toBe(35);
    const strengths = version.keyStrengths as { text: string; citations: number[] }[];
    expect(strengths.map((s) => s.text.split(":")[0])).toEqual(["Offtake", "Grid"]);

    const citations = await db.citation.findMany({
      where: { orgId: w.investor.org.id, aiOutputType: "DealScreenVersion", aiOutputId: version.id },
      orderBy: { citationNumber: "asc" },
    });
    expect(citations.map((c) => [c.documentId, c.pageNumber])).toEqual([
      [w.documents!.grid.id, 2],
      [w.documents!.offtake.id, 2],
    ]);
    for (const c of citations) expect(pageText(c.documentId!, c.pageNumber!, w)).toContain(c.excerpt);
    expect(strengths.flatMap((s) => s.citations).sort()).toEqual(citations.map((c) => c.citationNumber));

    const screen = await db.dealScreen.findUniqueOrThrow({ where: { id: requested.dealScreenId } });
    expect(screen).toMatchObject({ orgId: w.investor.org.id, projectId: w.project.id, status: "COMPLETED", recommendation: "REJECT", rationale: version.rationale });
    expect(await db.citation.count({ where: { aiOutputType: "DealScreen", aiOutputId: screen.id } })).toBe(2);

    const everything = JSON.stringify([
      version,
      citations,
      await db.aiTaskLog.findMany({ where: { orgId: w.investor.org.id } }),
      await db.auditLog.findMany({ where: { orgId: w.investor.org.id } }),
    ]);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain("0.0612");

    const lineage = await db.lineageRecord.findMany({ where: { entityType: "DealScreenVersion", entityId: version.id } });
    expect(lineage.map((l) => [l.sourceType, l.sourceId, l.contribution]).sort()).toEqual(
      [
        ["Document", w.documents!.grid.id, "cited evidence"],
        ["Document", w.documents!.offtake.id, "cited evidence"],
        ["Project", w.project.id, "listing facts"],
      ].sort(),
    );
    const audit = await db.auditLog.findMany({ where: { orgId: w.investor.org.id, entityId: screen.id }, orderBy: { timestamp: "asc" } });
    expect(audit.map((a) => [a.action, a.userId])).toEqual([
      ["deal_screen.requested", w.investor.user.id],
      ["deal_screen.completed", null],
    ]);
    const event = await db.outboxEvent.findFirstOrThrow({ where: { orgId: w.investor.org.id, name: "deal.screened" } });
    expect(event.payload).toMatchObject({ versionId: version.id, status: "COMPLETED", recommendation: "REJECT" });
    const log = await db.aiTaskLog.findFirstOrThrow({ where: { orgId: w.investor.org.id, agentType: "DEAL_SCREENING", entityId: version.id } });
    expect(log.status).toBe("COMPLETED");
  });

  it("a project with no documents is REVIEW with 'insufficient evidence' and no score, not an invented number", async () => {
    const w = await buildWorld({ documents: false });
    const requested = await screenAndDrain(w.investor, w.project.id);
    const version = await db.dealScreenVersion.findUniqueOrThrow({ where: { id: requested.versionId } });
    expect(version).toMatchObject({ status: "COMPLETED", recommendation: "REVIEW", overallScore: null, keyStrengths: [] });
    expect(version.rationale).toMatch(/^Insufficient evidence: /);
    expect(await db.citation.count({ where: { aiOutputId: version.id } })).toBe(0);
    const view = await getDealScreenView(w.investor, w.entryId);
    expect(view.shown).toMatchObject({ version: 1, recommendation: "REVIEW", score: null });
  });

  it("a re-screen is a new version: v1 stays readable with its citations, and the view shows what changed", async () => {
    const w = await buildWorld();
    const first = await screenAndDrain(w.investor, w.project.id);
    const yieldStudy = await documentWithPages(w.ally, w.project.id, "Energy Yield.pdf", PAGES.yield, "PUBLIC");
    const second = await screenAndDrain(w.investor, w.project.id);
    expect(second).toMatchObject({ dealScreenId: first.dealScreenId, version: 2 });

    const view = await getDealScreenView(w.investor, w.entryId);
    expect(view.versions.map((v) => [v.version, v.status, v.score])).toEqual([
      [2, "COMPLETED", 50],
      [1, "COMPLETED", 35],
    ]);
    expect(view.shown).toMatchObject({ version: 2, score: 50 });
    expect(view.shown!.citations.map((c) => c.documentId)).toContain(yieldStudy.id);
    expect(view.shown!.citations.find((c) => c.documentId === yieldStudy.id)!.href).toBe(
      `/api/marketplace/projects/${w.project.id}/documents/${yieldStudy.id}?inline=1#page=1`,
    );
    expect(view.diff).toMatchObject({ fromVersion: 1, recommendation: { from: "REJECT", to: "REVIEW" }, score: { from: 35, to: 50 } });
    expect(view.diff!.strengths.added).toEqual([expect.stringMatching(/^Energy yield: /)]);
    expect(view.diff!.strengths.removed).toEqual([]);
    expect(view.diff!.risks.removed).toEqual([expect.stringMatching(/^Energy yield: no document the screen could read shows/)]);

    const old = await getDealScreenView(w.investor, w.entryId, 1);
    expect(old.shown).toMatchObject({ id: first.versionId, version: 1, score: 35 });
    expect(old.shown!.citations.map((c) => c.page)).toEqual([2, 2]);
    expect(old.diff).toBeNull();
    const screen = await db.dealScreen.findUniqueOrThrow({ where: { id: first.dealScreenId } });
    expect(Number(screen.overallScore)).toBe(50);
    expect(await db.citation.count({ where: { aiOutputType: "DealScreen", aiOutputId: screen.id } })).toBe(3);
  });

  it("a screen written before versions were kept becomes version 1 on the first re-screen, its verdict and citations readable", async () => {
    const w = await buildWorld();
    const legacy = await db.dealScreen.create({
      data: {
        orgId: w.investor.org.id,
        projectId: w.project.id,
        status: "COMPLETED",
        recommendation: "PASS",
        overallScore: "78.50",
        rationale: "Contracted revenue [1].",
        keyStrengths: ["Signed PPA"],
        keyRisks: [],
        nextSteps: [],
      },
    });
    await db.citation.create({
      data: {
        orgId: w.investor.org.id,
        aiOutputType: "DealScreen",
        aiOutputId: legacy.id,
        citationNumber: 1,
        documentId: w.documents!.offtake.id,
        pageNumber: 2,
        excerpt: "signed",
      },
    });
    const requested = await screenAndDrain(w.investor, w.project.id);
    expect(requested).toMatchObject({ dealScreenId: legacy.id, version: 2 });
    const old = await getDealScreenView(w.investor, w.entryId, 1);
    expect(old.versions.map((v) => [v.version, v.recommendation, v.score])).toEqual([
      [2, "REJECT", 35],
      [1, "PASS", 78.5],
    ]);
    expect(old.shown).toMatchObject({ version: 1, rationale: "Contracted revenue [1].", strengths: [{ text: "Signed PPA", citations: [] }] });
    expect(old.shown!.citations).toMatchObject([{ n: 1, documentId: w.documents!.offtake.id, page: 2 }]);
    const latest = await getDealScreenView(w.investor, w.entryId);
    expect(latest.diff).toMatchObject({ fromVersion: 1, recommendation: { from: "PASS", to: "REJECT" }, score: { from: 78.5, to: 35 } });
  });

  it("a second request while a run is pending joins it", async () => {
    const w = await buildWorld({ documents: false });
    const first = await screenProject(w.investor, w.project.id);
    const again = await screenProject(w.investor, w.project.id);
    expect(again).toEqual({ ...first, alreadyRunning: true });
    await drainJobs();
  });

  it("another investor org cannot read the screen (404), an ally cannot screen, an unlisted project is a 404", async () => {
    const w = await buildWorld({ documents: false });
    await screenAndDrain(w.investor, w.project.id);
    const other = await createTenant({ type: "INVESTOR", role: "admin" });
    await expect(getDealScreenView(other, w.entryId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    signedIn = w.ally;
    const refused = await screenProjectAction({ projectId: w.project.id });
    expect(refused.serverError).toBeDefined();
    expect(await db.dealScreen.count({ where: { orgId: w.ally.org.id } })).toBe(0);

    const draft = await createTenantProject(w.ally, { isPublished: false });
    signedIn = w.investor;
    const hidden = await screenProjectAction({ projectId: draft.id });
    expect(hidden.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.dealScreen.count({ where: { projectId: draft.id } })).toBe(0);

    const viewer = await createTenant({ type: "INVESTOR", role: "viewer" });
    signedIn = viewer;
    expect((await screenProjectAction({ projectId: w.project.id })).serverError).toBeDefined();
    expect(await db.dealScreen.count({ where: { orgId: viewer.org.id } })).toBe(0);
  });
});

describe("deal screening failures", () => {
  it("a listing withdrawn before the run ends the version FAILED with the reason and no verdict", async () => {
    const w = await buildWorld({ documents: false });
    const requested = await screenProject(w.investor, w.project.id);
    await db.project.update({ where: { id: w.project.id }, data: { isPublished: false } });
    await drainJobs();
    const version = await db.dealScreenVersion.findUniqueOrThrow({ where: { id: requested.versionId } });
    expect(version).toMatchObject({ status: "FAILED", recommendation: null, overallScore: null });
    expect(version.rationale).toMatch(/^Screening failed: /);
    expect(await db.dealScreen.findUniqueOrThrow({ where: { id: requested.dealScreenId } })).toMatchObject({ status: "FAILED", recommendation: null });
    const event = await db.outboxEvent.findFirstOrThrow({ where: { orgId: w.investor.org.id, name: "deal.screened" } });
    expect(event.payload).toMatchObject({ versionId: version.id, status: "FAILED", recommendation: null });
    const audit = await db.auditLog.findMany({ where: { orgId: w.investor.org.id, entityId: requested.dealScreenId }, orderBy: { timestamp: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["deal_screen.requested", "deal_screen.failed"]);
    const view = await getDealScreenView(w.investor, w.entryId);
    expect(view.shown).toMatchObject({ version: 1, status: "FAILED" });
  });
});

describe("deal screening through the model", () => {
  it("drops citations of pages the model was not given, and strengths left without one", async () => {
    process.env.ANTHROPIC_API_KEY = "sk-ant-test";
    process.env.ANTHROPIC_BASE_URL = fake.baseURL;
    const w = await buildWorld();
    fake.reply(
      toolUseReply("record_deal_screen", {
        recommendation: "PASS",
        overallScore: 81,
        rationale: "Signed PPA [1] and a tariff cut [9].",
        keyStrengths: [
          { text: "Signed 20-year PPA.", citations: [1, 9] },
          { text: "Tariff protected by a side letter.", citations: [9] },
        ],
        keyRisks: [{ text: "Yield not evidenced.", citations: [] }],
        nextSteps: [{ text: "Request the yield study.", citations: [] }],
      }),
    );
    const requested = await screenAndDrain(w.investor, w.project.id);
    expect(fake.requests.map(forcedTool)).toEqual(["record_deal_screen"]);
    const prompt = JSON.stringify(fake.requests[0].body);
    expect(prompt).not.toContain(SECRET);
    const version = await db.dealScreenVersion.findUniqueOrThrow({ where: { id: requested.versionId } });
    expect(version).toMatchObject({ status: "COMPLETED", recommendation: "PASS", rationale: "Signed PPA [1] and a tariff cut." });
    expect(version.keyStrengths).toEqual([{ text: "Signed 20-year PPA.", citations: [1] }]);
    const citations = await db.citation.findMany({ where: { aiOutputType: "DealScreenVersion", aiOutputId: version.id } });
    expect(citations.map((c) => [c.citationNumber, c.documentId, c.pageNumber])).toEqual([[1, w.documents!.grid.id, 2]]);
  });
});

describe("deal screening evidence from deal rooms", () => {
  it("reads a CONFIDENTIAL document shared in a deal room only once the screening user has accepted the room's NDA", async () => {
    const { createMatch } = await import("@/prisma/factories");
    const { openDealRoom } = await import("@/lib/deal-rooms/open-deal-room");
    const { shareRoomDocument } = await import("@/lib/deal-rooms/share-room-documents");
    const { acceptNda } = await import("@/lib/deal-rooms/accept-nda");
    const { ndaSha256 } = await import("@/lib/deal-rooms/nda-sha256");
    const { loadScreenEvidence } = await import("@/lib/deal-screening/load-screen-evidence");
    const { getListedProjectOrThrow } = await import("@/lib/marketplace/get-listed-project-or-throw");

    const w = await buildWorld();
    await createMatch(db, { investorOrgId: w.investor.org.id, projectId: w.project.id, status: "CONNECTED" });
    const nda = "Mutual NDA: three years of confidentiality.";
    const room = await openDealRoom(w.ally, {
      projectId: w.project.id,
      investorOrgId: w.investor.org.id,
      name: "Equity raise",
      ndaRequired: true,
      ndaText: nda,
      accessLevel: "viewer",
      canSeeFinancial: false,
    });
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.documents!.confidential.id });
    const project = await getListedProjectOrThrow(w.project.id);
    const names = async (screener: { id: string; orgId: string } | null) => (await loadScreenEvidence(project, screener)).documents.map((d) => d.name);
    const screener = { id: w.investor.user.id, orgId: w.investor.org.id };

    expect(await names(screener)).toEqual(["Grid Connection.pdf", "Offtake Summary.pdf"]);
    await acceptNda(w.investor, { roomId: room.id, typedName: w.investor.user.fullName, ndaSha256: ndaSha256(nda) });
    expect(await names(screener)).toEqual(["Grid Connection.pdf", "Offtake Summary.pdf", "Tariff Side Letter.pdf"]);
    // The room opens to the user who accepted, not to the scheduler or to another org's analyst.
    expect(await names(null)).toEqual(["Grid Connection.pdf", "Offtake Summary.pdf"]);
    const other = await createTenant({ type: "INVESTOR", role: "analyst" });
    expect(await names({ id: other.user.id, orgId: other.org.id })).toEqual(["Grid Connection.pdf", "Offtake Summary.pdf"]);
  });
});
