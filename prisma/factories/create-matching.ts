import type { MatchStatus, ProjectStage, ProjectType } from "../../lib/db/generated/client";
import { type FactoryDb, uniqueSuffix } from "./types";

export type CreateMandateInput = {
  orgId: string;
  name?: string;
  projectTypes?: ProjectType[];
  geographies?: string[];
  stages?: ProjectStage[];
  ticketSizeMin?: string;
  ticketSizeMax?: string;
  currency?: string;
  createdBy?: string;
};

export async function createInvestorMandate(db: FactoryDb, input: CreateMandateInput) {
  return db.investorMandate.create({
    data: {
      orgId: input.orgId,
      name: input.name ?? `Mandate ${uniqueSuffix()}`,
      projectTypes: input.projectTypes ?? ["SOLAR", "WIND"],
      geographies: input.geographies ?? ["KE"],
      stages: input.stages ?? ["DEVELOPMENT"],
      ticketSizeMin: input.ticketSizeMin ?? "1000000.0000",
      ticketSizeMax: input.ticketSizeMax ?? "20000000.0000",
      currency: input.currency ?? "USD",
      createdBy: input.createdBy,
    },
  });
}

export type CreateMatchInput = { investorOrgId: string; projectId: string; mandateId?: string; overallScore?: number; status?: MatchStatus };

/** Matches an investor org with a project; the ally org is the project's owner. */
export async function createMatch(db: FactoryDb, input: CreateMatchInput) {
  const project = await db.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { orgId: true } });
  const score = input.overallScore ?? 75;
  return db.matchResult.create({
    data: {
      investorOrgId: input.investorOrgId,
      allyOrgId: project.orgId,
      projectId: input.projectId,
      mandateId: input.mandateId,
      overallScore: score,
      scoreBreakdown: Object.fromEntries(["geography", "sector", "stage", "deal_size", "esg"].map((dimension) => [dimension, { score, weight: 0.2 }])),
      status: input.status ?? "SUGGESTED",
    },
  });
}
