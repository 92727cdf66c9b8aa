import { describe, expect, it } from "vitest";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { formatAuditValue } from "@/lib/audit/format-audit-value";
import { sentenceText, type SentenceFacts } from "@/lib/audit/sentence-parts";

const NAMES: Record<string, string> = { "p-1": "Turkana Solar Park", "m-1": "East Africa solar" };

function say(overrides: Partial<SentenceFacts> & Pick<SentenceFacts, "action">): string {
  const facts: SentenceFacts = {
    entityType: "MatchResult",
    actor: "Amara Okafor",
    entity: null,
    before: null,
    after: null,
    ref: (_kind, id) => (typeof id === "string" ? (NAMES[id] ?? null) : null),
    ...overrides,
  };
  return sentenceText(describeAuditEntry(facts));
}

describe("mandate sentences", () => {
  const mandate = { entityType: "InvestorMandate", entity: "East Africa solar" };

  it("name the mandate and say what changed, with money, percentages and labels", () => {
    expect(say({ action: "mandate.created", ...mandate, after: { name: "East Africa solar", currency: "USD" } })).toBe(
      "Amara Okafor created mandate “East Africa solar”",
    );
    expect(
      say({
        action: "mandate.updated",
        ...mandate,
        before: { ticketSizeMin: "1000000.0000", currency: "USD" },
        after: { ticketSizeMin: "2500000.0000", currency: "EUR" },
      }),
    ).toBe("Amara Okafor changed the minimum ticket of mandate “East Africa solar” from USD 1,000,000 to EUR 2,500,000");
    expect(say({ action: "mandate.updated", ...mandate, before: { riskTolerance: "MODERATE" }, after: { riskTolerance: "AGGRESSIVE" } })).toBe(
      "Amara Okafor changed the risk tolerance of mandate “East Africa solar” from Moderate to Aggressive",
    );
    expect(say({ action: "mandate.updated", ...mandate, before: { name: "EA solar" }, after: { name: "East Africa solar" } })).toBe(
      "Amara Okafor renamed mandate “EA solar” to “East Africa solar”",
    );
    expect(
      say({
        action: "mandate.updated",
        ...mandate,
        before: { projectTypes: ["SOLAR"], stages: ["DEVELOPMENT"], targetIrrPct: "12.0000" },
        after: { projectTypes: ["SOLAR", "WIND"], stages: ["CONSTRUCTION"], targetIrrPct: "14.5000" },
      }),
    ).toBe("Amara Okafor changed the technologies, stages and target IRR of mandate “East Africa solar”");
  });

  it("say what pausing, resuming and deleting mean", () => {
    expect(say({ action: "mandate.paused", ...mandate, before: { isActive: true }, after: { isActive: false } })).toBe(
      "Amara Okafor paused mandate “East Africa solar”: it is not matched until resumed",
    );
    expect(say({ action: "mandate.resumed", ...mandate })).toBe("Amara Okafor resumed mandate “East Africa solar”");
    expect(say({ action: "mandate.deleted", ...mandate, before: { name: "East Africa solar" } })).toBe("Amara Okafor deleted mandate “East Africa solar”");
    expect(say({ action: "mandate.deleted", entityType: "InvestorMandate" })).toBe("Amara Okafor deleted a mandate");
  });
});

describe("match sentences", () => {
  const match = { entity: "Turkana Solar Park" };

  it("name a match by its project, and the mandate and score of a new one", () => {
    expect(
      say({ action: "match.created", ...match, after: { projectId: "p-1", mandateId: "m-1", status: "INTERESTED", initiatedBy: "INVESTOR", overallScore: 72 } }),
    ).toBe("Amara Okafor expressed interest in Turkana Solar Park under mandate “East Africa solar” (score 72)");
    expect(say({ action: "match.created", after: { projectId: "p-9", mandateId: null, status: "INTERESTED", overallScore: 0 } })).toBe(
      "Amara Okafor expressed interest in a listed project (score 0)",
    );
    expect(say({ action: "match.proposed", ...match, after: { projectId: "p-1", mandateId: "m-1", initiatedBy: "ALLY", overallScore: 64 } })).toBe(
      "Amara Okafor proposed Turkana Solar Park to mandate “East Africa solar” (score 64)",
    );
    expect(say({ action: "match.proposed", ...match, after: { projectId: "p-1", mandateId: "m-9", overallScore: 64 } })).toBe(
      "Amara Okafor proposed Turkana Solar Park to an investor's mandate (score 64)",
    );
  });

  it("say each move, note and message", () => {
    expect(say({ action: "match.status_changed", ...match, before: { status: "VIEWED" }, after: { status: "INTERESTED" } })).toBe(
      "Amara Okafor changed the status of the match for Turkana Solar Park from Viewed to Interested",
    );
    expect(say({ action: "match.status_changed", before: { status: "CONNECTED" }, after: { status: "WITHDRAWN" } })).toBe(
      "Amara Okafor changed the status of a match from Connected to Withdrawn",
    );
    expect(say({ action: "match.notes_updated", ...match, before: { investorNotes: null }, after: { investorNotes: "Call them" } })).toBe(
      "Amara Okafor edited their private notes on the match for Turkana Solar Park",
    );
    expect(say({ action: "match.message_posted", ...match, after: { messageId: "x", length: 42 } })).toBe(
      "Amara Okafor wrote in the conversation on the match for Turkana Solar Park",
    );
  });

  it("say what a rescore did, by what it covered", () => {
    const system = { action: "matches.rescored", actor: null };
    expect(say({ ...system, entityType: "Project", entity: "Turkana Solar Park", after: { scope: "project", upserted: 3, removed: 1 } })).toBe(
      "The system rescored the matches of Turkana Solar Park: 3 matches scored, 1 match removed",
    );
    expect(say({ ...system, entityType: "InvestorMandate", entity: "East Africa solar", after: { scope: "mandate", upserted: 1, removed: 0 } })).toBe(
      "The system rescored the matches of mandate “East Africa solar”: 1 match scored",
    );
    expect(say({ ...system, entityType: "Organization", after: { scope: "all", upserted: 0, removed: 2 } })).toBe(
      "The system rescored the matches of every project and mandate: 2 matches removed",
    );
  });

  it("say what a rating rated and what it said", () => {
    const rating = { entityType: "AiFeedback", entity: "the match for Turkana Solar Park" };
    expect(say({ action: "ai_feedback.created", ...rating, after: { entityType: "MatchResult", rating: 1, comment: "Strong fit" } })).toBe(
      "Amara Okafor rated the match for Turkana Solar Park thumbs up, with a comment",
    );
    expect(say({ action: "ai_feedback.created", entityType: "AiFeedback", after: { entityType: "SignalScore", rating: -1, comment: null } })).toBe(
      "Amara Okafor rated a Signal Score thumbs down",
    );
    expect(say({ action: "ai_feedback.updated", ...rating, before: { rating: 1 }, after: { rating: -1 } })).toBe(
      "Amara Okafor changed their rating of the match for Turkana Solar Park to thumbs down",
    );
    expect(say({ action: "ai_feedback.updated", ...rating, before: { comment: null }, after: { comment: "Too early" } })).toBe(
      "Amara Okafor changed their comment on the match for Turkana Solar Park",
    );
    expect(say({ action: "ai_feedback.updated", entityType: "AiFeedback", before: { rating: -1, comment: "No" }, after: { rating: 1, comment: null } })).toBe(
      "Amara Okafor changed their rating of an AI output to thumbs up, removing the comment",
    );
  });
});

describe("marketplace sentences", () => {
  it("name the watched project and say what a listing now shows", () => {
    expect(say({ action: "project.watched", entityType: "Project", entity: "Turkana Solar Park" })).toBe("Amara Okafor started watching Turkana Solar Park");
    expect(say({ action: "project.unwatched", entityType: "Project" })).toBe("Amara Okafor stopped watching a listed project");
    const all = { showMilestones: true, showBudget: true, showSignalScore: true, showDocuments: true };
    expect(
      say({
        action: "project.listing_settings_changed",
        entityType: "Project",
        entity: "Turkana Solar Park",
        before: { ...all, showBudget: false },
        after: { ...all, showMilestones: false, showDocuments: false },
      }),
    ).toBe("Amara Okafor changed what investors see of Turkana Solar Park: now showing the budget and hiding milestones and public documents");
    expect(say({ action: "project.listing_settings_changed", entityType: "Project", entity: "Turkana Solar Park", before: all, after: all })).toBe(
      "Amara Okafor changed what investors see of Turkana Solar Park, changing nothing",
    );
  });

  it("name saved searches and say what an edit changed", () => {
    const search = { entityType: "SavedSearch", entity: "Solar in Kenya" };
    expect(say({ action: "saved_search.created", ...search, after: { name: "Solar in Kenya", query: "q=solar", notify: true } })).toBe(
      "Amara Okafor saved the marketplace search “Solar in Kenya”, with notices of new projects",
    );
    expect(say({ action: "saved_search.updated", ...search, before: { name: "Solar", notify: true }, after: { name: "Solar in Kenya" } })).toBe(
      "Amara Okafor renamed saved search “Solar” to “Solar in Kenya”",
    );
    expect(say({ action: "saved_search.updated", ...search, before: { name: "Solar in Kenya", notify: true }, after: { notify: false } })).toBe(
      "Amara Okafor turned off the notices of saved search “Solar in Kenya”",
    );
    expect(say({ action: "saved_search.updated", ...search, before: { name: "Solar", notify: false }, after: { name: "Solar in Kenya", notify: true } })).toBe(
      "Amara Okafor renamed saved search “Solar” to “Solar in Kenya” and turned its notices on",
    );
    expect(say({ action: "saved_search.deleted", ...search, before: { name: "Solar in Kenya", query: "q=solar" } })).toBe(
      "Amara Okafor deleted saved search “Solar in Kenya”",
    );
  });
});

describe("mandate values", () => {
  it("read as the mandate form shows them", () => {
    expect(formatAuditValue("dimensionWeights", { esg: 10, stage: 15, sector: 20, evidence: 10, geography: 25, deal_size: 20 })).toBe(
      "Geography 25, Sector 20, Stage 15, Deal size 20, ESG 10, Evidence quality 10",
    );
    expect(formatAuditValue("instrumentTypes", ["debt", "equity"])).toBe("Senior debt, Equity");
    expect(formatAuditValue("projectTypes", ["GREEN_HYDROGEN", "SOLAR"])).toBe("Green hydrogen, Solar");
    expect(formatAuditValue("targetIrrPct", "12.5000")).toBe("12.5%");
    expect(formatAuditValue("ticketSizeMax", "20000000.0000", { currency: "EUR" })).toBe("EUR 20,000,000");
  });
});
