import type { FactKey } from "./fact-rules";

/** A quoted fact from the data room, numbered for [n] citations. */
export type ScoreSource = { n: number; documentId: string; documentName: string; page: number; excerpt: string; key: FactKey; headings?: string[] };

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
    /** The region (county, province) the site is in: a description naming it names the site. */
    region: string;
    hasCoordinates: boolean;
  };
  /**
   * Delivery record on the day the inputs were assembled. `delayed` follows the Milestones tab's
   * rule (stored DELAYED, or open past its target date); `completedLate` finished after target.
   */
  milestones: {
    total: number;
    completed: number;
    delayed: number;
    completedLate: number;
    mostOverdue: { name: string; targetDate: string; daysOverdue: number } | null;
  };
  /**
   * In the project currency. coveragePct: budgeted share of the investment sought;
   * contingencyPct: contingency lines' share of the budget (null without one); overrunPct: actual
   * spend against the estimates of the lines that have an actual (null before any spend).
   */
  budget: {
    lines: number;
    coveragePct: number | null;
    contingencyPct: number | null;
    linesWithActual: number;
    overrunLines: number;
    overrunPct: number | null;
  };
  team: { members: number; documentUploaders: number };
  documents: { total: number; analysed: number };
  sources: ScoreSource[];
};
