import type { MatchInitiator, MatchStatus, Prisma } from "../../lib/db/generated/client";
import { loadFxTable } from "../../lib/fx/load-fx-table";
import { MATCH_SUGGESTION_THRESHOLD } from "../../lib/matching/engine/match-dimensions";
import { readMandatesForScoring, readProjectFacts, readProjectTexts } from "../../lib/matching/engine/read-scoring-inputs";
import { scoreMatch } from "../../lib/matching/engine/score-match";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

type MandateKey = "east-africa" | "latam";
export const mandateId = (key: MandateKey) => demoId(`northwind/mandate/${key}`);
export const matchId = (project: string) => demoId(`northwind/match/${project}`);

type DemoMatch = {
  project: "turkana" | "riftValley" | "rioBlanco";
  mandate: MandateKey;
  status: MatchStatus;
  initiatedBy: MatchInitiator;
  daysAgo: number;
  investorNotes: string;
  allyNotes: string;
};

/** What people did with their matches: the story. The scores are the engine's. */
const MATCHES: DemoMatch[] = [
  {
    project: "turkana",
    mandate: "east-africa",
    status: "CONNECTED",
    initiatedBy: "SYSTEM",
    daysAgo: 57,
    investorNotes: "Lead candidate for Q1 2027 IC. Target USD 10-12m of the equity.",
    allyNotes: "Northwind is our preferred equity partner; NDA signed 2 Oct.",
  },
  {
    project: "riftValley",
    mandate: "east-africa",
    status: "DECLINED",
    initiatedBy: "SYSTEM",
    daysAgo: 52,
    investorNotes: "Ticket too large for Fund I alone; revisit if a co-investor joins.",
    allyNotes: "",
  },
  {
    project: "rioBlanco",
    mandate: "latam",
    status: "VIEWED",
    initiatedBy: "ALLY",
    daysAgo: 18,
    investorNotes: "Small but clean; check the community benefit-sharing terms.",
    allyNotes: "Introduced by Lucía after the Santiago investor forum.",
  },
];

/** The nightly recompute that wrote the suggestions nobody has opened yet (02:40 UTC, the day before story today). */
const NIGHTLY_RUN = daysAgo(1, 2.67);

async function seedMandates(db: FactoryDb, { orgs, users }: DemoContext) {
  await db.investorMandate.createMany({
    skipDuplicates: true,
    data: [
      {
        id: mandateId("east-africa"),
        orgId: orgs.northwind,
        name: "East Africa Renewable Infrastructure",
        description: "Minority equity and mezzanine in grid-connected renewable generation and storage in East Africa, development to construction stage.",
        projectTypes: ["SOLAR", "WIND", "HYDRO", "STORAGE"],
        geographies: ["KE", "UG", "TZ", "RW", "ET"],
        stages: ["DEVELOPMENT", "CONSTRUCTION"],
        ticketSizeMin: "5000000.0000",
        ticketSizeMax: "25000000.0000",
        currency: "USD",
        targetIrrPct: "12.5000",
        esgRequirements: { ifcPerformanceStandards: true, minEsgScore: 60, requireFpic: true },
        instrumentTypes: ["equity", "mezzanine"],
        exclusions: ["coal", "diesel", "heavy fuel oil", "large hydro"],
        excludedGeographies: ["SO", "SS"],
        riskTolerance: "MODERATE",
        // A regional fund: outside the region nothing else makes up for it.
        dimensionWeights: { geography: 40, sector: 20, stage: 10, deal_size: 15, esg: 10, evidence: 5 },
        isDiscoverable: true,
        createdBy: users.james,
        createdAt: day("2026-02-10"),
        updatedAt: day("2026-02-10"),
      },
      {
        id: mandateId("latam"),
        orgId: orgs.northwind,
        name: "Latin America Small Hydro & Solar Co-Investment",
        description: "Co-investments alongside local developers in small hydro and solar up to 20 MW in the Andean countries.",
        projectTypes: ["HYDRO", "SOLAR"],
        geographies: ["CL", "CO", "PE"],
        stages: ["DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"],
        ticketSizeMin: "2000000.0000",
        ticketSizeMax: "10000000.0000",
        currency: "USD",
        targetIrrPct: "11.0000",
        esgRequirements: { ifcPerformanceStandards: true, minEsgScore: 55, communityBenefitSharing: "preferred" },
        instrumentTypes: ["equity"],
        exclusions: ["coal", "large dam"],
        excludedGeographies: ["VE"],
        riskTolerance: "CONSERVATIVE",
        // A programme for three countries: geography first, the ticket flexible alongside local developers.
        dimensionWeights: { geography: 45, sector: 20, stage: 10, deal_size: 10, esg: 10, evidence: 5 },
        isDiscoverable: true,
        createdBy: users.priya,
        createdAt: day("2026-05-04"),
        updatedAt: day("2026-05-04"),
      },
    ],
  });
}

/**
 * Northwind's mandates, their matches and the Turkana conversation. Every score is scoreMatch's
 * answer for the seeded mandate and project (with today's rates), exactly what the rescoring jobs
 * write: the three matches people acted on keep their story, and each other pair at or above the
 * threshold is the engine's untouched suggestion. Rescoring the unchanged demo changes nothing.
 */
export async function seedMatching(db: FactoryDb, ctx: DemoContext) {
  await seedMandates(db, ctx);
  const mandates = await readMandatesForScoring(db, { ids: [mandateId("east-africa"), mandateId("latam")], activeOnly: true });
  const projects = await readProjectFacts(db);
  const texts = await readProjectTexts(
    db,
    projects.map((p) => p.id),
  );
  const fx = await loadFxTable(db, new Date(), [...mandates.map((m) => m.currency), ...projects.map((p) => p.currency)]);
  const story = new Map(MATCHES.map((m) => [`${mandateId(m.mandate)}/${ctx.projects[m.project].id}`, m]));

  const rows: Prisma.MatchResultCreateManyInput[] = [];
  for (const mandate of mandates) {
    for (const project of projects) {
      const { overall, breakdown } = scoreMatch(mandate, { ...project, ...texts.get(project.id)! }, fx);
      const acted = story.get(`${mandate.id}/${project.id}`);
      const base = {
        investorOrgId: mandate.orgId,
        allyOrgId: project.orgId,
        projectId: project.id,
        mandateId: mandate.id,
        overallScore: overall,
        scoreBreakdown: breakdown,
      };
      if (acted) {
        rows.push({
          ...base,
          id: matchId(acted.project),
          status: acted.status,
          initiatedBy: acted.initiatedBy,
          investorNotes: acted.investorNotes,
          allyNotes: acted.allyNotes,
          createdAt: daysAgo(acted.daysAgo, 6),
          updatedAt: daysAgo(Math.max(acted.daysAgo - 3, 0), 12),
        });
      } else if (overall >= MATCH_SUGGESTION_THRESHOLD && !breakdown.excludedBy) {
        rows.push({ ...base, id: demoId(`northwind/match/${mandate.id}/${project.id}`), createdAt: NIGHTLY_RUN, updatedAt: NIGHTLY_RUN });
      }
    }
  }
  const missing = MATCHES.filter((m) => !rows.some((row) => row.id === matchId(m.project)));
  if (missing.length) throw new Error(`Demo seed: ${missing.map((m) => m.project).join(", ")} is not on the marketplace, so its match cannot be scored.`);
  await db.matchResult.createMany({ skipDuplicates: true, data: rows });

  const thread: [sender: keyof DemoContext["users"], at: Date, content: string][] = [
    ["james", daysAgo(56, 8), "Hi Amara, Turkana fits our East Africa mandate well. We would look at USD 10-12m of the equity. Could you open a data room for us?"],
    ["amara", daysAgo(55, 7), "Thanks James, happy to. I'll set up a deal room this week; the revised PPA term sheet is due mid-October."],
    ["amara", daysAgo(53, 9), "The deal room is open and Northwind is invited. The NDA is the standard one we sent last week."],
    ["james", daysAgo(53, 15), "NDA signed. Priya will lead the diligence; expect questions on curtailment and the land lease."],
    ["priya", daysAgo(10, 10), "We've posted our first Q&A batch in the deal room. Could your team prioritise the curtailment question?"],
  ];
  await db.matchMessage.createMany({
    skipDuplicates: true,
    data: thread.map(([sender, createdAt, content], index) => ({
      id: demoId(`northwind/match/turkana/message/${index + 1}`),
      matchId: matchId("turkana"),
      senderId: ctx.users[sender],
      content,
      createdAt,
    })),
  });
}
