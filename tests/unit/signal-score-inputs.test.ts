import { describe, expect, it } from "vitest";
import { effectiveMilestoneStatus } from "@/lib/milestones/effective-milestone-status";
import { assembleScoreInputs, type RawScoreInputs } from "@/lib/signal-score/assemble-score-inputs";
import { extractDocumentFacts } from "@/lib/signal-score/extract-document-facts";
import { scoreProjectOffline } from "@/lib/signal-score/score-project-offline";
import { PROOF_DOCUMENTS } from "../fixtures/signal-score-documents";

const raw: RawScoreInputs = {
  today: "2026-12-06",
  project: {
    id: "p-1",
    name: "Lodwar Solar",
    description: "A 15 MWp solar plant near Lodwar, Turkana County.",
    projectType: "SOLAR",
    stage: "DEVELOPMENT",
    capacityMw: "15.0000",
    totalInvestmentRequired: "1000000.0000",
    currency: "USD",
    targetCloseDate: "2027-06-30",
    geographyRegion: "Turkana",
    geographyCountry: "KE",
    geographyCoordinates: { lat: 3.12, lng: 35.6 },
  },
  milestones: [
    { name: "Land lease", status: "COMPLETED", targetDate: "2026-03-01", completedDate: "2026-02-20" },
    { name: "ESIA licence", status: "COMPLETED", targetDate: "2026-05-01", completedDate: "2026-06-15" },
    { name: "Grid study", status: "IN_PROGRESS", targetDate: "2026-11-10", completedDate: null },
    { name: "Financial close", status: "NOT_STARTED", targetDate: "2027-06-30", completedDate: null },
  ],
  budgetItems: [
    { category: "EPC", description: "EPC contract", estimatedAmount: "600000.0000", actualAmount: null, currency: "USD" },
    { category: "Development", description: "Studies", estimatedAmount: "100000.0000", actualAmount: "95000.0000", currency: "USD" },
    { category: "Contingency", description: "Contingency", estimatedAmount: "50000.0000", actualAmount: null, currency: "USD" },
    { category: "Legal", description: "Local counsel", estimatedAmount: "900000.0000", actualAmount: null, currency: "KES" },
  ],
  members: 3,
  documents: [
    ...PROOF_DOCUMENTS.map(([name, text], i) => ({ documentId: `d-${i}`, name, uploadedBy: i % 2 ? "u-1" : "u-2", facts: extractDocumentFacts(text).facts })),
    { documentId: "d-scan", name: "Scan.pdf", uploadedBy: null, facts: null },
  ],
};

describe("assembleScoreInputs", () => {
  it("counts delayed milestones by the Milestones tab's rule, plus those finished late", () => {
    const { milestones } = assembleScoreInputs(raw);
    const tabDelayed = raw.milestones.filter(
      (m) => effectiveMilestoneStatus({ status: m.status, targetDate: new Date(`${m.targetDate}T00:00:00Z`) }, new Date("2026-12-06T00:00:00Z")) === "DELAYED",
    );
    expect(milestones).toEqual({
      total: 4,
      completed: 2,
      delayed: tabDelayed.length,
      completedLate: 1,
      mostOverdue: { name: "Grid study", targetDate: "2026-11-10", daysOverdue: 26 },
    });
    expect(tabDelayed).toHaveLength(1);
    const explanation = scoreProjectOffline(assembleScoreInputs(raw)).dimensions.risk_assessment.criteria.find((c) => c.label === "Delivery record")?.explanation;
    expect(explanation).toBe('1 milestone(s) delayed ("Grid study" is 26 day(s) past its target date 2026-11-10); 1 completed after the target date.');
  });

  it("counts a milestone stored DELAYED even before its target date, and an open one only once overdue", () => {
    const milestones = [
      { name: "Permit", status: "DELAYED" as const, targetDate: "2027-01-15", completedDate: null },
      { name: "COD", status: "NOT_STARTED" as const, targetDate: "2026-12-06", completedDate: null },
    ];
    expect(assembleScoreInputs({ ...raw, milestones }).milestones).toMatchObject({ delayed: 1, mostOverdue: null });
    expect(assembleScoreInputs({ ...raw, milestones, today: "2026-12-07" }).milestones).toMatchObject({ delayed: 2, mostOverdue: { name: "COD", daysOverdue: 1 } });
  });

  it("reads contingency, coverage and overruns from the budget in the project currency", () => {
    expect(assembleScoreInputs(raw).budget).toEqual({ lines: 4, coveragePct: 75, contingencyPct: 6.7, linesWithActual: 1, overrunLines: 0, overrunPct: -5 });
    const overrun = assembleScoreInputs({
      ...raw,
      budgetItems: [
        { category: "EPC", description: "EPC contract", estimatedAmount: "500000.0000", actualAmount: "840000.0000", currency: "USD" },
        { category: "Grid", description: "Line to substation", estimatedAmount: "100000.0000", actualAmount: null, currency: "USD" },
      ],
    });
    expect(overrun.budget).toEqual({ lines: 2, coveragePct: 60, contingencyPct: null, linesWithActual: 1, overrunLines: 1, overrunPct: 68 });
  });

  it("numbers each quoted passage once, counts uploaders and documents without text", () => {
    const inputs = assembleScoreInputs(raw);
    expect(inputs.documents).toEqual({ total: PROOF_DOCUMENTS.length + 1, analysed: PROOF_DOCUMENTS.length });
    expect(inputs.team).toEqual({ members: 3, documentUploaders: 2 });
    const team = inputs.sources.filter((s) => s.documentName === "Team CVs.pdf" && /Grace Wanjiru/.test(s.excerpt));
    expect(team.map((s) => s.key)).toEqual(["team_profiles", "track_record"]);
    expect(team[0].n).toBe(team[1].n);
    expect(new Set(inputs.sources.map((s) => s.n)).size).toBe(Math.max(...inputs.sources.map((s) => s.n)));
    expect(inputs.project).toMatchObject({ region: "Turkana", hasCoordinates: true, geography: "Turkana, KE" });
  });

  it("is pure: the same rows on the same day give identical inputs and an identical score", () => {
    const first = assembleScoreInputs(raw);
    const again = assembleScoreInputs(structuredClone(raw));
    expect(again).toEqual(first);
    expect(scoreProjectOffline(again)).toEqual(scoreProjectOffline(first));
  });
});
