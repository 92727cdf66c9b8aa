import type { FactKey } from "./fact-rules";

/** A quoted fact from the data room, numbered for [n] citations. */
export type ScoreSource = { n: number; documentId: string; documentName: string; page: number; excerpt: string; key: FactKey };

/** Everything a score is computed from: plain values, so the analyser is a pure function. */
export type ScoreInputs = {
  project: {
    id: string;
    name: string;
    description: string;
    projectType: string;
    stage: "CONCEPT" | "DEVELOPMENT" | "CONSTRUCTION" | "OPERATIONAL";
    capacityMw: string | null;
    totalInvestmentRequired: string;
    currency: string;
    targetCloseDate: string | null;
    geography: string;
  };
  milestones: { total: number; completed: number; delayed: number };
  /** coveragePct: budget lines in the project's currency as a share of the investment sought. */
  budget: { lines: number; coveragePct: number | null };
  team: { members: number; documentUploaders: number };
  documents: { total: number; analysed: number };
  sources: ScoreSource[];
};
