import type { MatchInitiator, MatchStatus } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

export const mandateId = (key: "east-africa" | "latam") => demoId(`northwind/mandate/${key}`);
export const matchId = (project: string) => demoId(`northwind/match/${project}`);

const WEIGHTS = { geography: 0.25, sector: 0.2, stage: 0.15, deal_size: 0.2, esg: 0.2 } as const;
type Dimension = keyof typeof WEIGHTS;
type Breakdown = Record<Dimension, [score: number, rationale: string]>;

function scored(breakdown: Breakdown) {
  const dimensions = Object.fromEntries(
    (Object.keys(WEIGHTS) as Dimension[]).map((key) => [key, { score: breakdown[key][0], weight: WEIGHTS[key], rationale: breakdown[key][1] }]),
  );
  const overall = Math.round((Object.keys(WEIGHTS) as Dimension[]).reduce((sum, key) => sum + breakdown[key][0] * WEIGHTS[key], 0));
  return { overall, dimensions };
}

type DemoMatch = {
  project: "turkana" | "riftValley" | "rioBlanco";
  mandate: "east-africa" | "latam";
  status: MatchStatus;
  initiatedBy: MatchInitiator;
  daysAgo: number;
  investorNotes: string;
  allyNotes: string;
  breakdown: Breakdown;
};

const MATCHES: DemoMatch[] = [
  {
    project: "turkana",
    mandate: "east-africa",
    status: "CONNECTED",
    initiatedBy: "SYSTEM",
    daysAgo: 57,
    investorNotes: "Lead candidate for Q1 2027 IC. Target USD 10-12m of the equity.",
    allyNotes: "Northwind is our preferred equity partner; NDA signed 2 Oct.",
    breakdown: {
      geography: [100, "Kenya is a core market of the mandate."],
      sector: [100, "Utility-scale solar PV is an eligible technology."],
      stage: [100, "Development stage with land, ESIA and grid agreement secured."],
      deal_size: [80, "The USD 12.45m equity need fits the USD 5-25m ticket; the USD 41.5m total raise needs lenders alongside."],
      esg: [86, "ESG score 79 exceeds the minimum of 60; FPIC documented under IFC PS 7."],
    },
  },
  {
    project: "riftValley",
    mandate: "east-africa",
    status: "DECLINED",
    initiatedBy: "SYSTEM",
    daysAgo: 52,
    investorNotes: "Ticket too large for Fund I alone; revisit if a co-investor joins.",
    allyNotes: "",
    breakdown: {
      geography: [100, "Kenya is a core market of the mandate."],
      sector: [100, "Onshore wind is an eligible technology."],
      stage: [90, "Development stage; turbine supply agreement still open."],
      deal_size: [30, "Even the ~USD 35m equity slice of the USD 118m raise exceeds the USD 25m maximum ticket."],
      esg: [68, "ESG score 61 meets the minimum; bird and bat monitoring plan not yet in the data room."],
    },
  },
  {
    project: "rioBlanco",
    mandate: "latam",
    status: "VIEWED",
    initiatedBy: "ALLY",
    daysAgo: 18,
    investorNotes: "Small but clean; check the community benefit-sharing terms.",
    allyNotes: "Introduced by Lucía after the Santiago investor forum.",
    breakdown: {
      geography: [100, "Chile is in the mandate."],
      sector: [100, "Small hydro is an eligible technology."],
      stage: [100, "Development stage is eligible."],
      deal_size: [90, "An equity need of about USD 3.8m sits inside the USD 2-10m ticket range."],
      esg: [55, "No ESIA in the data room yet; benefit-sharing agreement is a positive."],
    },
  },
];

/** Northwind's mandates, the projects matched against them (per-dimension breakdown) and the Turkana conversation. */
export async function seedMatching(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
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
        esgRequirements: { ifcPerformanceStandards: true, minEsgScore: 60, requireFpic: true, exclusions: ["coal", "hydro above 50 MW"] },
        instrumentTypes: ["equity", "mezzanine"],
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
        createdBy: users.priya,
        createdAt: day("2026-05-04"),
        updatedAt: day("2026-05-04"),
      },
    ],
  });

  await db.matchResult.createMany({
    skipDuplicates: true,
    data: MATCHES.map((m) => {
      const { overall, dimensions } = scored(m.breakdown);
      return {
        id: matchId(m.project),
        investorOrgId: orgs.northwind,
        allyOrgId: projects[m.project].orgId,
        projectId: projects[m.project].id,
        mandateId: mandateId(m.mandate),
        overallScore: overall,
        scoreBreakdown: dimensions,
        status: m.status,
        initiatedBy: m.initiatedBy,
        investorNotes: m.investorNotes,
        allyNotes: m.allyNotes,
        createdAt: daysAgo(m.daysAgo, 6),
        updatedAt: daysAgo(Math.max(m.daysAgo - 3, 0), 12),
      };
    }),
  });

  const thread: [sender: keyof typeof users, at: Date, content: string][] = [
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
      senderId: users[sender],
      content,
      createdAt,
    })),
  });
}
