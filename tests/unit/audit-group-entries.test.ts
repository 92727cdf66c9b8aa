import { describe, expect, it } from "vitest";
import { GROUP_WINDOW_MS, groupAuditEntries } from "@/lib/audit/group-audit-entries";
import { sentenceText } from "@/lib/audit/sentence-parts";
import type { AuditFeedEntry, AuditRowDto } from "@/lib/audit/types";

let n = 0;
function row(action: string, at: string, fields: { projectId?: string | null; badge?: string; actorId?: string } = {}): AuditRowDto {
  n += 1;
  return {
    id: `row-${n}`,
    at,
    action,
    entityType: action === "badge.awarded" ? "UserBadge" : "Project",
    entityId: `entity-${n}`,
    entityLabel: null,
    actor: fields.actorId ? { id: fields.actorId, name: "Amara Okafor", email: "amara@example.com" } : null,
    ipAddress: null,
    userAgent: null,
    before: null,
    after: null,
    projectId: fields.projectId ?? null,
    sentence: fields.badge
      ? [{ text: "Sarah Chen", emphasis: "entity" }, { text: " earned the " }, { text: fields.badge, emphasis: "value" }, { text: " badge" }]
      : [{ text: action }],
  };
}

const shape = (entries: AuditFeedEntry[]) => entries.map((e) => (e.kind === "single" ? e.row.action : `${sentenceText(e.sentence)} [${e.rows.length}]`));

describe("groupAuditEntries", () => {
  it("folds consecutive awards on one project within the window into one entry listing the badges", () => {
    const entries = groupAuditEntries([
      row("project.updated", "2026-11-20T10:10:00Z", { projectId: "p" }),
      row("badge.awarded", "2026-11-20T10:05:00Z", { projectId: "p", badge: "Data Room Pro" }),
      row("badge.awarded", "2026-11-20T10:05:00Z", { projectId: "p", badge: "Version Control" }),
      row("badge.awarded", "2026-11-20T10:04:59Z", { projectId: "p", badge: "Data Room Pro" }),
      row("milestone.created", "2026-11-20T10:00:00Z", { projectId: "p" }),
    ]);
    expect(shape(entries)).toEqual(["project.updated", "3 badges awarded: Data Room Pro ×2 and Version Control [3]", "milestone.created"]);
    const group = entries[1];
    expect(group.kind === "group" && group.rows.map((r) => r.at)).toEqual(["2026-11-20T10:05:00Z", "2026-11-20T10:05:00Z", "2026-11-20T10:04:59Z"]);
  });

  it("keeps awards apart across projects, the org level, time, and anything in between", () => {
    const late = new Date(Date.parse("2026-11-20T09:58:00Z") - GROUP_WINDOW_MS - 1000).toISOString();
    const entries = groupAuditEntries([
      row("badge.awarded", "2026-11-20T10:00:00Z", { projectId: "p", badge: "A" }),
      row("badge.awarded", "2026-11-20T10:00:00Z", { projectId: "q", badge: "B" }),
      row("badge.awarded", "2026-11-20T10:00:00Z", { projectId: null, badge: "C" }),
      row("badge.awarded", "2026-11-20T09:59:00Z", { projectId: null, badge: "D" }),
      row("project.updated", "2026-11-20T09:59:00Z", { projectId: null }),
      row("badge.awarded", "2026-11-20T09:58:00Z", { projectId: null, badge: "E" }),
      row("badge.awarded", late, { projectId: null, badge: "F" }),
    ]);
    expect(shape(entries)).toEqual(["badge.awarded", "badge.awarded", "2 badges awarded: C and D [2]", "project.updated", "badge.awarded", "badge.awarded"]);
  });

  it("folds a batch written in one instant whole, even when the database interleaves other rows of that instant", () => {
    const at = "2026-11-13T14:00:00Z";
    const entries = groupAuditEntries([
      row("badge.awarded", at, { projectId: "p", badge: "Score Climber" }),
      row("signal_score.requested", at, { projectId: "p", actorId: "u" }),
      row("badge.awarded", at, { projectId: "p", badge: "Version Control" }),
      row("milestone.created", "2026-11-13T13:00:00Z", { projectId: "p" }),
      row("badge.awarded", "2026-11-13T12:59:00Z", { projectId: "p", badge: "Open Book" }),
    ]);
    expect(shape(entries)).toEqual(["2 badges awarded: Score Climber and Version Control [2]", "signal_score.requested", "milestone.created", "badge.awarded"]);
  });

  it("never folds actions that are not floods, even when they repeat", () => {
    const entries = groupAuditEntries([
      row("milestone.created", "2026-11-20T10:00:00Z", { projectId: "p", actorId: "u" }),
      row("milestone.created", "2026-11-20T10:00:00Z", { projectId: "p", actorId: "u" }),
    ]);
    expect(shape(entries)).toEqual(["milestone.created", "milestone.created"]);
  });
});
