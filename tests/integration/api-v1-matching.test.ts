import { describe, expect, it } from "vitest";
import { DEFAULT_DIMENSION_WEIGHTS } from "@/lib/matching/engine/match-dimensions";
import { expressInterest } from "@/lib/matching/inbox/express-interest";
import { createMandate } from "@/lib/matching/mandates/create-mandate";
import { createMandateSchema } from "@/lib/matching/mandates/schemas";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listMandates } = await import("@/app/api/v1/mandates/route");
const { GET: listMatches } = await import("@/app/api/v1/matches/route");

type Mandates = { data: { id: string; name: string; isActive: boolean; matchCount: number; projectTypes: string[] }[]; total: number };
type Matches = {
  side: string;
  data: { id: string; status: string; projectName: string; counterpartName: string; mandateName: string | null }[];
  counts: Record<string, number>;
  total: number;
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
  await createMandate(investor, mandate("Another mandate"));
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
    expect((await callApi<Matches>(listMatches, "GET", { key, path: "/matches?status=DECLINED" })).body).toMatchObject({ data: [], total: 0 });
  });

  it("shows the developer its side of the same match, and nothing to an org outside it", async () => {
    const { ally, matchId } = await setUp();
    const allyMatches = await callApi<Matches>(listMatches, "GET", { key: await issueApiKey(ally, ["matches:read"]), path: "/matches" });
    expect([allyMatches.body.side, allyMatches.body.data.map((m) => m.id)]).toEqual(["ally", [matchId]]);
    const outsider = await callApi<Matches>(listMatches, "GET", { key: await issueApiKey(await createTenant({ type: "INVESTOR" }), ["matches:read"]), path: "/matches" });
    expect(outsider.body).toMatchObject({ data: [], total: 0 });
  });

  it("is a 404 for an ally's key on mandates, a 403 without matches:read, and a 400 for an unknown status", async () => {
    const { investor, ally } = await setUp();
    expect((await callApi(listMandates, "GET", { key: await issueApiKey(ally, ["matches:read"]), path: "/mandates" })).status).toBe(404);
    const noScope = await callApi<ApiErrorBody>(listMatches, "GET", { key: await issueApiKey(investor, ["projects:read"]), path: "/matches" });
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "matches:read" }]);
    const unknown = await callApi<ApiErrorBody>(listMatches, "GET", { key: await issueApiKey(investor, ["matches:read"]), path: "/matches?status=MARRIED" });
    expect([unknown.status, Object.keys(unknown.body.error.details?.fieldErrors as object)]).toEqual([400, ["status"]]);
  });
});
