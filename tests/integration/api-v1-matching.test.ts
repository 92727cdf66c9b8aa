import { describe, expect, it } from "vitest";
import { parseMatchBreakdown } from "@/lib/matching/engine/match-breakdown";
import { DEFAULT_DIMENSION_WEIGHTS, MATCH_DIMENSIONS } from "@/lib/matching/engine/match-dimensions";
import { expressInterest } from "@/lib/matching/inbox/express-interest";
import { createMandate } from "@/lib/matching/mandates/create-mandate";
import { createMandateSchema } from "@/lib/matching/mandates/schemas";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listMandates } = await import("@/app/api/v1/mandates/route");
const { GET: listMatches } = await import("@/app/api/v1/matches/route");
const { GET: listMandateMatches } = await import("@/app/api/v1/mandates/[mandateId]/matches/route");

type Mandates = { data: { id: string; name: string; isActive: boolean; matchCount: number; projectTypes: string[] }[]; nextCursor: string | null };
type Matches = {
  side: string;
  data: { id: string; status: string; projectName: string; counterpartName: string; mandateName: string | null }[];
  nextCursor: string | null;
};

const mandate = (name: string) =>
  createMandateSchema.parse({
    name,
    projectTypes: ["SOLAR"],
    geographies: ["KE"],
    stages: ["DEVELOPMENT"],
    currency: "USD",
    dimensionWeights: DEFAULT_DIMENSION_WEIGHTS,
  });

async function setUp() {
  const investor = await createTenant({ type: "INVESTOR" });
  const ally = await createTenant({ type: "ALLY" });
  const listed = await createTenantProject(ally, { name: "Garissa Solar", isPublished: true });
  const eastAfrica = await createMandate(investor, mandate("East Africa solar"));
  const another = await createMandate(investor, mandate("Another mandate"));
  // Created within one millisecond, two rows would be ordered by id: the test names the order.
  await db.investorMandate.update({ where: { id: another.id }, data: { createdAt: new Date(Date.now() + 1000) } });
  const matchId = await expressInterest(investor, listed.id, eastAfrica.id);
  return { investor, ally, listed, eastAfrica, matchId };
}

describe("mandates and matches through /api/v1", () => {
  it("lists an investor's mandates with their match counts, and its matches with the developer as counterpart", async () => {
    const { investor, ally, eastAfrica, matchId } = await setUp();
    const key = await issueApiKey(investor, ["matches:read"]);
    const mandates = await callApi<Mandates>(listMandates, "GET", { key, path: "/mandates" });
    expect(mandates.status).toBe(200);
    expect(mandates.body.data.map((m) => [m.name, m.matchCount])).toEqual([
      ["Another mandate", 0],
      ["East Africa solar", 1],
    ]);
    expect(mandates.body.data.find((m) => m.id === eastAfrica.id)?.projectTypes).toEqual(["SOLAR"]);

    const matches = await callApi<Matches>(listMatches, "GET", { key, path: "/matches" });
    expect(matches.body.side).toBe("investor");
    expect(matches.body.data).toEqual([expect.objectContaining({ id: matchId, status: "INTERESTED", projectName: "Garissa Solar", mandateName: "East Africa solar" })]);
    const org = await db.organization.findUniqueOrThrow({ where: { id: ally.org.id } });
    expect(matches.body.data[0]?.counterpartName).toBe(org.name);
    expect((await callApi<Matches>(listMatches, "GET", { key, path: "/matches?status=DECLINED" })).body).toEqual({ side: "investor", data: [], nextCursor: null });
  });

  it("shows the developer its side of the same match, and nothing to an org outside it", async () => {
    const { ally, matchId } = await setUp();
    const allyMatches = await callApi<Matches>(listMatches, "GET", { key: await issueApiKey(ally, ["matches:read"]), path: "/matches" });
    expect([allyMatches.body.side, allyMatches.body.data.map((m) => m.id)]).toEqual(["ally", [matchId]]);
    const outsider = await callApi<Matches>(listMatches, "GET", { key: await issueApiKey(await createTenant({ type: "INVESTOR" }), ["matches:read"]), path: "/matches" });
    expect(outsider.body).toMatchObject({ data: [], nextCursor: null });
  });

  it("pages mandates and matches by cursor, newest first with the id breaking a tie, and refuses a cursor it did not hand out", async () => {
    const { investor, ally, listed, eastAfrica, matchId } = await setUp();
    await db.matchResult.update({ where: { id: matchId }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const key = await issueApiKey(investor, ["matches:read"]);
    for (const name of ["Third", "Fourth", "Fifth"]) await createMandate(investor, mandate(name));
    const tie = new Date("2026-01-01T00:00:00.000Z");
    const rows = await db.investorMandate.findMany({ where: { orgId: investor.org.id }, select: { id: true } });
    // Three rows share one instant: only the id can order them, across a page boundary.
    await db.investorMandate.updateMany({ where: { id: { in: rows.slice(0, 3).map((row) => row.id) } }, data: { createdAt: tie } });
    const expected = await db.investorMandate.findMany({ where: { orgId: investor.org.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/mandates?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page: { status: number; body: Mandates } = await callApi<Mandates>(listMandates, "GET", { key, path });
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((m) => m.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect([pages, seen]).toEqual([3, expected.map((row) => row.id)]);

    const second = await createTenantProject(ally, { name: "Lodwar Wind", isPublished: true });
    const secondMatch = await expressInterest(investor, second.id, eastAfrica.id);
    const first = await callApi<Matches>(listMatches, "GET", { key, path: "/matches?limit=1" });
    expect(first.body.data.map((m) => m.id)).toEqual([secondMatch]);
    const next = await callApi<Matches>(listMatches, "GET", { key, path: `/matches?limit=1&cursor=${first.body.nextCursor}` });
    expect([next.body.data.map((m) => m.projectName), next.body.nextCursor]).toEqual([[listed.name], null]);

    for (const bad of ["nonsense", Buffer.from(JSON.stringify(["2026-01-01T00:00:00Z", "not-a-uuid"])).toString("base64url")]) {
      const refused = await callApi<ApiErrorBody>(listMandates, "GET", { key, path: `/mandates?cursor=${bad}` });
      expect([refused.status, refused.body.error.code, Object.keys(refused.body.error.details?.fieldErrors as object)]).toEqual([400, "VALIDATION", ["cursor"]]);
    }
    const tooMany = await callApi<ApiErrorBody>(listMatches, "GET", { key, path: "/matches?limit=101" });
    expect([tooMany.status, Object.keys(tooMany.body.error.details?.fieldErrors as object)]).toEqual([400, ["limit"]]);
  });

  it("is a 404 for an ally's key on mandates, a 403 without matches:read, and a 400 for an unknown status", async () => {
    const { investor, ally } = await setUp();
    expect((await callApi(listMandates, "GET", { key: await issueApiKey(ally, ["matches:read"]), path: "/mandates" })).status).toBe(404);
    const noScope = await callApi<ApiErrorBody>(listMatches, "GET", { key: await issueApiKey(investor, ["projects:read"]), path: "/matches" });
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "matches:read" }]);
    const unknown = await callApi<ApiErrorBody>(listMatches, "GET", { key: await issueApiKey(investor, ["matches:read"]), path: "/matches?status=MARRIED" });
    expect([unknown.status, Object.keys(unknown.body.error.details?.fieldErrors as object)]).toEqual([400, ["status"]]);
  });

  it("lists one mandate's matches with their breakdowns; another org's mandate is a 404, an ally's key a 404, a malformed id a 404", async () => {
    const { investor, ally, listed, eastAfrica, matchId } = await setUp();
    await db.matchResult.update({ where: { id: matchId }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const second = await createTenantProject(ally, { name: "Lodwar Wind", isPublished: true });
    const secondMatch = await expressInterest(investor, second.id, eastAfrica.id);
    const key = await issueApiKey(investor, ["matches:read"]);
    type Page = { data: { id: string; project: { name: string }; breakdown: { dimensions: Record<string, { score: number }> } | null }[]; nextCursor: string | null };
    const call = (mandateId: string, query = "", asKey = key) =>
      callApi<Page & ApiErrorBody>(listMandateMatches, "GET", { key: asKey, path: `/mandates/${mandateId}/matches${query}`, params: { mandateId } });

    const first = await call(eastAfrica.id, "?limit=1");
    expect([first.status, first.body.data.map((m) => [m.id, m.project.name])]).toEqual([200, [[secondMatch, "Lodwar Wind"]]]);
    expect(first.body.data[0]?.breakdown).toEqual(parseMatchBreakdown((await db.matchResult.findUniqueOrThrow({ where: { id: secondMatch } })).scoreBreakdown));
    const breakdown = {
      version: 1,
      dimensions: Object.fromEntries(MATCH_DIMENSIONS.map((dimension) => [dimension, { score: 80, weight: 10, points: 8, reason: `Fits on ${dimension}.` }])),
      excludedBy: null,
      fx: null,
      missingRate: null,
    };
    await db.matchResult.update({ where: { id: secondMatch }, data: { scoreBreakdown: breakdown } });
    expect((await call(eastAfrica.id, "?limit=1")).body.data[0]?.breakdown).toEqual(breakdown);
    const rest = await call(eastAfrica.id, `?limit=1&cursor=${first.body.nextCursor}`);
    expect([rest.body.data.map((m) => [m.id, m.project.name]), rest.body.nextCursor]).toEqual([[[matchId, listed.name]], null]);

    const otherInvestor = await createTenant({ type: "INVESTOR" });
    const theirs = await call(eastAfrica.id, "", await issueApiKey(otherInvestor, ["matches:read"]));
    expect([theirs.status, theirs.body.error.code]).toEqual([404, "NOT_FOUND"]);
    expect((await call(eastAfrica.id, "", await issueApiKey(ally, ["matches:read"]))).status).toBe(404);
    expect((await call("not-a-uuid")).status).toBe(404);
    const noScope = await call(eastAfrica.id, "", await issueApiKey(investor, ["projects:read"]));
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "matches:read" }]);
    const badLimit = await call(eastAfrica.id, "?limit=500");
    expect([badLimit.status, Object.keys(badLimit.body.error.details?.fieldErrors as object)]).toEqual([400, ["limit"]]);
  });
});
