import { type MatchBreakdown, parseMatchBreakdown } from "@/lib/matching/engine/match-breakdown";
import type { MatchStatusName } from "@/lib/matching/match-statuses";
import type { LoadedMatch } from "./get-match-or-throw";
import type { MatchInitiatorName, MatchSide } from "./match-transitions";

/** A match as one side sees it: its own notes only (the other side's never leave the server). */
export type MatchDto = {
  id: string;
  side: MatchSide;
  status: MatchStatusName;
  initiatedBy: MatchInitiatorName;
  overallScore: number;
  breakdown: MatchBreakdown | null;
  project: { id: string; name: string; country: string; region: string; projectType: string; stage: string; investmentRequired: string; currency: string };
  investorOrgName: string;
  allyOrgName: string;
  /** The org on the other side, from this side's point of view. */
  counterpartName: string;
  mandate: { id: string; name: string } | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
};

export function toMatchDto(match: LoadedMatch, side: MatchSide): MatchDto {
  return {
    id: match.id,
    side,
    status: match.status,
    initiatedBy: match.initiatedBy,
    overallScore: match.overallScore,
    breakdown: parseMatchBreakdown(match.scoreBreakdown),
    project: {
      id: match.project.id,
      name: match.project.name,
      country: match.project.geographyCountry,
      region: match.project.geographyRegion,
      projectType: match.project.projectType,
      stage: match.project.stage,
      investmentRequired: match.project.totalInvestmentRequired.toFixed(4),
      currency: match.project.currency,
    },
    investorOrgName: match.investorOrg.name,
    allyOrgName: match.allyOrg.name,
    counterpartName: side === "investor" ? match.allyOrg.name : match.investorOrg.name,
    mandate: match.mandate,
    notes: side === "investor" ? match.investorNotes : match.allyNotes,
    createdAt: match.createdAt.toISOString(),
    updatedAt: match.updatedAt.toISOString(),
  };
}
