import { describe, expect, it } from "vitest";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { sentenceText, type SentenceFacts } from "@/lib/audit/sentence-parts";
import { assembleScreenEvidence } from "@/lib/deal-screening/assemble-screen-evidence";
import { checkScreenOutput } from "@/lib/deal-screening/check-screen-output";
import { diffScreenVersions, isUnchanged } from "@/lib/deal-screening/diff-screen-versions";
import { listingRecord } from "@/lib/deal-screening/listing-facts";
import { readClaims } from "@/lib/deal-screening/screen-claims";
import { screenProjectOffline } from "@/lib/deal-screening/screen-project-offline";

const project = { id: "p", name: "Kisumu Solar", typeLabel: "Solar", country: "Kenya", capacityMw: "40.0", raise: "USD 30m", stage: "DEVELOPMENT" };
const evidence = (documents: { id: string; name: string; text: string | null }[]) =>
  assembleScreenEvidence({ project, documents, signalScore: null, record: { milestones: null, budgetTotal: null } });

describe("screenProjectOffline", () => {
  it("no readable document: REVIEW, no score, 'Insufficient evidence'", () => {
    const output = screenProjectOffline(evidence([{ id: "d", name: "Blank.pdf", text: null }]));
    expect(output).toMatchObject({ recommendation: "REVIEW", overallScore: null, keyStrengths: [] });
    expect(output.rationale).toMatch(/^Insufficient evidence: .*gave the screen a document with readable text/);
  });

  it("scores the evidenced criteria, cites each strength's page and turns each gap into a risk and a next step", () => {
    const e = evidence([{ id: "d", name: "PPA.pdf", text: "Cover page\fThe power purchase agreement with Kenya Power was signed on 3 March 2026." }]);
    const output = screenProjectOffline(e);
    expect(output.overallScore).toBe(20);
    expect(output.recommendation).toBe("REJECT");
    expect(output.keyStrengths).toEqual([{ text: expect.stringMatching(/^Offtake: “The power purchase agreement.*”$/), citations: [1] }]);
    expect(e.sources[0]).toMatchObject({ n: 1, documentId: "d", page: 2 });
    expect(output.keyRisks).toHaveLength(7);
    expect(output.nextSteps).toHaveLength(7);
  });
});

describe("checkScreenOutput", () => {
  const e = evidence([{ id: "d", name: "PPA.pdf", text: "The power purchase agreement with Kenya Power was signed on 3 March 2026." }]);
  it("keeps only citations of given pages; an uncited strength goes", () => {
    const checked = checkScreenOutput(
      {
        recommendation: "PASS",
        overallScore: 90.456,
        rationale: "PPA [1]; invented [4].",
        keyStrengths: [
          { text: "PPA", citations: [1, 4] },
          { text: "Invented", citations: [4] },
        ],
        keyRisks: [{ text: "Risk", citations: [7] }],
        nextSteps: [],
      },
      e,
    );
    expect(checked).toEqual({
      recommendation: "PASS",
      overallScore: 90.46,
      rationale: "PPA [1]; invented.",
      keyStrengths: [{ text: "PPA", citations: [1] }],
      keyRisks: [{ text: "Risk", citations: [] }],
      nextSteps: [],
    });
  });
  it("with no pages given a model's score is withdrawn: REVIEW, null", () => {
    const checked = checkScreenOutput(
      { recommendation: "PASS", overallScore: 88, rationale: "Great.", keyStrengths: [{ text: "x", citations: [1] }], keyRisks: [], nextSteps: [] },
      evidence([]),
    );
    expect(checked).toMatchObject({ recommendation: "REVIEW", overallScore: null, rationale: "Insufficient evidence: Great.", keyStrengths: [] });
  });
});

describe("diffScreenVersions and readClaims", () => {
  it("reports verdict, score and claims added or removed; a renumbered citation is no change", () => {
    const before = {
      version: 1,
      recommendation: "REJECT",
      score: 35,
      strengths: [{ text: "Grid signed", citations: [1] }],
      risks: [{ text: "No yield", citations: [] }],
      nextSteps: [],
    };
    const after = {
      version: 2,
      recommendation: "REVIEW",
      score: 50,
      strengths: [
        { text: "grid  signed", citations: [2] },
        { text: "Yield", citations: [1] },
      ],
      risks: [],
      nextSteps: [],
    };
    const diff = diffScreenVersions(before, after);
    expect(diff).toEqual({
      fromVersion: 1,
      recommendation: { from: "REJECT", to: "REVIEW" },
      score: { from: 35, to: 50 },
      strengths: { added: ["Yield"], removed: [] },
      risks: { added: [], removed: ["No yield"] },
      nextSteps: { added: [], removed: [] },
    });
    expect(isUnchanged(diff)).toBe(false);
    expect(isUnchanged(diffScreenVersions(before, { ...before, version: 2 }))).toBe(true);
  });
  it("reads legacy string claims and drops malformed ones", () => {
    expect(readClaims(["a", { text: "b", citations: [1, "x"] }, 3, null])).toEqual([
      { text: "a", citations: [] },
      { text: "b", citations: [1] },
    ]);
  });
});

describe("deal screening audit sentences", () => {
  const say = (action: string, after: SentenceFacts["after"], actor: string | null = null) =>
    sentenceText(
      describeAuditEntry({
        action,
        entityType: "DealScreen",
        actor,
        entity: null,
        before: null,
        after,
        ref: (kind, id) => (kind === "project" && id === "p-1" ? "Turkana Solar Park" : null),
      }),
    );
  it("names the version, the project, the verdict and the score", () => {
    expect(say("deal_screen.requested", { projectId: "p-1", version: 2 }, "Priya Nair")).toBe("Priya Nair requested version 2 of the deal screen of Turkana Solar Park");
    expect(say("deal_screen.completed", { projectId: "p-1", version: 2, recommendation: "REJECT", overallScore: "35.00" })).toBe(
      "The screening job completed version 2 of the deal screen of Turkana Solar Park: Reject, 35 / 100",
    );
    expect(say("deal_screen.completed", { projectId: "p-1", version: 1, recommendation: "REVIEW", overallScore: null })).toBe(
      "The screening job completed version 1 of the deal screen of Turkana Solar Park: Review, no score (insufficient evidence)",
    );
    expect(say("deal_screen.failed", { projectId: "gone", version: 3, error: "Project not found." })).toBe(
      "version 3 of the deal screen of a project failed: Project not found.",
    );
  });
});

describe("listingRecord", () => {
  it("counts milestones as they stood on the day (completed by then, else delayed past target) and totals the budget", () => {
    const today = new Date("2026-06-01T00:00:00Z");
    const record = listingRecord({
      milestones: [
        { status: "COMPLETED", targetDate: new Date("2026-03-01"), completedDate: new Date("2026-02-20") },
        { status: "COMPLETED", targetDate: new Date("2026-04-01"), completedDate: new Date("2026-07-01") },
        { status: "NOT_STARTED", targetDate: new Date("2026-12-01"), completedDate: null },
      ],
      budgetTotal: { toFixed: () => "41500000" },
      currency: "USD",
      today,
    });
    expect(record).toEqual({ milestones: { total: 3, completed: 1, delayed: 1 }, budgetTotal: "$41.5M" });
    const output = screenProjectOffline({
      ...evidence([{ id: "d", name: "PPA.pdf", text: "The power purchase agreement with Kenya Power was signed on 3 March 2026." }]),
      record,
    });
    expect(output.rationale).toContain("The listing shows 3 milestones: 1 completed, 1 delayed. The listed budget totals $41.5M.");
    expect(listingRecord({ milestones: null, budgetTotal: null, currency: "USD", today })).toEqual({ milestones: null, budgetTotal: null });
  });
});
