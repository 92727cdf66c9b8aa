import { describe, expect, it } from "vitest";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { formatAuditValue } from "@/lib/audit/format-audit-value";
import { sentenceText, type SentenceFacts } from "@/lib/audit/sentence-parts";

const NAMES: Record<string, string> = { "p-1": "Turkana Solar Park", "u-2": "Sarah Chen", "f-1": "03 Financial" };
const BADGES: Record<string, string> = { "data-room-architect": "Data Room Architect" };

function say(overrides: Partial<SentenceFacts> & Pick<SentenceFacts, "action">): string {
  const facts: SentenceFacts = {
    entityType: "Project",
    actor: "Amara Okafor",
    entity: null,
    before: null,
    after: null,
    ref: (kind, id) => (typeof id !== "string" ? null : kind === "badge" ? (BADGES[id] ?? null) : (NAMES[id] ?? null)),
    ...overrides,
  };
  return sentenceText(describeAuditEntry(facts));
}

describe("the audit sentence catalogue", () => {
  it("names the actor, the entity and formatted values", () => {
    expect(
      say({
        action: "document.version_uploaded",
        actor: "Sarah Chen",
        entityType: "Document",
        entity: "Turkana Solar Park - Financial Model.xlsx",
        after: { version: 3 },
      }),
    ).toBe("Sarah Chen uploaded version 3 of Turkana Solar Park - Financial Model.xlsx");
    expect(
      say({ action: "milestone.completed", entityType: "ProjectMilestone", entity: "Land lease signed", after: { status: "COMPLETED", completedDate: "2026-03-18" } }),
    ).toBe("Amara Okafor marked milestone “Land lease signed” complete on 18 Mar 2026");
    expect(say({ action: "project.updated", entity: "Turkana Solar Park", before: { stage: "DEVELOPMENT" }, after: { stage: "CONSTRUCTION" } })).toBe(
      "Amara Okafor changed the stage of Turkana Solar Park from Development to Construction",
    );
    expect(say({ action: "redaction.started", entityType: "RedactionJob", entity: "Land Lease Agreement.pdf", after: { status: "pending" } })).toBe(
      "Amara Okafor started a redaction of Land Lease Agreement.pdf",
    );
  });

  it("says what a job did without a person, and scores with their band", () => {
    expect(
      say({
        action: "signal_score.completed",
        actor: null,
        entityType: "SignalScore",
        score: { version: 3, projectId: "p-1" },
        after: { status: "COMPLETED", overallScore: "81.40" },
      }),
    ).toBe("Signal Score version 3 of Turkana Solar Park completed: 81.4 (Investment ready)");
    expect(
      say({ action: "signal_score.completed", actor: null, entityType: "SignalScore", score: { version: 2, projectId: "p-1" }, after: { overallScore: "66.95" } }),
    ).toBe("Signal Score version 2 of Turkana Solar Park completed: 67 (Strong)");
    expect(
      say({
        action: "signal_score.failed",
        actor: null,
        entityType: "SignalScore",
        score: { version: 4, projectId: "p-1" },
        after: { error: "The AI service did not answer." },
      }),
    ).toBe("Signal Score version 4 of Turkana Solar Park failed: The AI service did not answer.");
    expect(
      say({ action: "redaction.failed", actor: null, entityType: "RedactionJob", entity: "Land Lease Agreement.pdf", after: { error: "The job ran out of time." } }),
    ).toBe("The redaction of Land Lease Agreement.pdf failed: The job ran out of time.");
    expect(say({ action: "milestone.delayed", actor: null, entityType: "ProjectMilestone", entity: "Financial close" })).toBe(
      "The system marked milestone “Financial close” delayed: its target date has passed",
    );
    expect(say({ action: "badge.awarded", actor: null, entityType: "UserBadge", after: { badge: "data-room-architect", userId: "u-2", projectId: "p-1" } })).toBe(
      "Sarah Chen earned the Data Room Architect badge on Turkana Solar Park",
    );
  });

  it("formats money with its currency, decimals, percentages and enum labels in sentences", () => {
    expect(
      say({
        action: "budget_item.created",
        entityType: "ProjectBudgetItem",
        entity: "EPC: Modules",
        after: { projectId: "p-1", estimatedAmount: "29800000.0000", currency: "USD" },
      }),
    ).toBe("Amara Okafor added budget line “EPC: Modules” estimated at USD 29,800,000 to Turkana Solar Park");
    expect(
      say({
        action: "milestone.updated",
        entityType: "ProjectMilestone",
        entity: "PPA signed",
        before: { status: "IN_PROGRESS", completionPct: 60 },
        after: { status: "DELAYED", completionPct: 80 },
      }),
    ).toBe("Amara Okafor changed the status of milestone “PPA signed” from In progress to Delayed and the progress from 60% to 80%");
    expect(say({ action: "user.role_changed", entityType: "User", entity: "David Mwangi", before: { role: "analyst" }, after: { role: "manager" } })).toBe(
      "Amara Okafor changed the role of David Mwangi from Analyst to Manager",
    );
    expect(
      say({
        action: "project.updated",
        entity: "Turkana Solar Park",
        before: { capacityMw: "48.0000", description: "A".repeat(80) },
        after: { capacityMw: "60.0000", description: "B".repeat(80) },
      }),
    ).toBe("Amara Okafor changed the capacity and description of Turkana Solar Park");
  });

  it("reads an action without a sentence as words, never as its code", () => {
    const text = say({ action: "document.processing_failed_twice", actor: null, entityType: "Document", entity: "Lease.pdf" });
    expect(text).toBe("The system: document processing failed twice — Lease.pdf");
    expect(say({ action: "deal_room.guest_teleported", entityType: "DealRoom" })).toBe("Amara Okafor: deal room guest teleported");
    expect(say({ action: "document.processing_failed", actor: null, entityType: "Document", entity: "Model.xlsx", after: { error: "Sheet is locked" } })).toBe(
      "Processing of Model.xlsx failed: Sheet is locked",
    );
  });
});

describe("formatAuditValue", () => {
  it("trims stored precision, labels enums by field, and writes dates the app's way", () => {
    expect(formatAuditValue("capacityMw", "60.0000")).toBe("60 MW");
    expect(formatAuditValue("overallScore", "73.0500")).toBe("73.05");
    expect(formatAuditValue("totalInvestmentRequired", "41500000.0000", { side: { currency: "EUR" } })).toBe("EUR 41,500,000");
    expect(formatAuditValue("totalInvestmentRequired", "41500000.5000", { currency: "USD" })).toBe("USD 41,500,000.50");
    expect(formatAuditValue("stage", "DEVELOPMENT")).toBe("Development");
    expect(formatAuditValue("status", "NOT_STARTED", { entityType: "ProjectMilestone" })).toBe("Not started");
    expect(formatAuditValue("projectType", "GREEN_HYDROGEN")).toBe("Green hydrogen");
    expect(formatAuditValue("classification", "TOP_SECRET")).toBe("Top secret");
    expect(formatAuditValue("targetDate", "2026-11-20")).toBe("20 Nov 2026");
    expect(formatAuditValue("publishedAt", "2026-11-20T14:05:00.000Z")).toBe("20 Nov 2026, 14:05 UTC");
    expect(formatAuditValue("completionPct", 80)).toBe("80%");
    expect(formatAuditValue("isPublished", false)).toBe("No");
    expect(formatAuditValue("name", "STAGE")).toBe("STAGE");
  });
});
