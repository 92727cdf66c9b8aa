import { describe, expect, it } from "vitest";
import { evaluateBadgeCriteria, parseBadgeCriteria, type BadgeCriteria, type BadgeEvent } from "@/lib/gamification/evaluate-badge-criteria";
import { BADGES } from "@/prisma/seed/badge-catalogue";

const criteriaOf = (slug: string): BadgeCriteria => {
  const criteria = parseBadgeCriteria(BADGES.find((b) => b.slug === slug)!.criteria);
  if (!criteria) throw new Error(`${slug} has unsupported criteria`);
  return criteria;
};

const ev = (type: string, userId: string, projectId: string | null = null, data: Record<string, unknown> = {}): BadgeEvent => ({ type, userId, projectId, data });
const times = (n: number, make: () => BadgeEvent) => Array.from({ length: n }, make);

describe("parseBadgeCriteria", () => {
  it("supports every criteria shape of the seeded catalogue", () => {
    for (const badge of BADGES) expect(parseBadgeCriteria(badge.criteria), badge.slug).not.toBeNull();
  });

  it("defaults to one event counted across the org", () => {
    expect(parseBadgeCriteria({ event: "certification.granted", standard: "IFC_PS" })).toEqual({
      event: "certification.granted",
      standard: "IFC_PS",
      count: 1,
      scope: "org",
    });
  });

  it("refuses unknown keys, missing events and bad counts rather than ignoring a condition", () => {
    expect(parseBadgeCriteria({ event: "project.created", count: 1, region: "EU" })).toBeNull();
    expect(parseBadgeCriteria({ count: 1 })).toBeNull();
    expect(parseBadgeCriteria({ event: "project.created", count: 0 })).toBeNull();
    expect(parseBadgeCriteria({ event: "project.created", scope: "galaxy" })).toBeNull();
    expect(parseBadgeCriteria(null)).toBeNull();
  });
});

describe("evaluateBadgeCriteria", () => {
  it("count across the org: three invitations earn Team Assembled, two do not", () => {
    const criteria = criteriaOf("team-assembled");
    expect(
      evaluateBadgeCriteria(
        criteria,
        times(3, () => ev("user.invited", "amara")),
      ),
    ).toEqual([{ userId: "amara", projectId: null }]);
    expect(
      evaluateBadgeCriteria(
        criteria,
        times(2, () => ev("user.invited", "amara")),
      ),
    ).toEqual([]);
  });

  it("counts each user's own events, never a colleague's", () => {
    const events = [ev("user.invited", "amara"), ev("user.invited", "amara"), ev("user.invited", "sarah")];
    expect(evaluateBadgeCriteria(criteriaOf("team-assembled"), events)).toEqual([]);
  });

  it("an org-wide badge is one award per user, whichever projects the events were on", () => {
    const events = [ev("document.uploaded", "amara", "p1"), ev("document.uploaded", "amara", "p2"), ev("document.uploaded", "david", null)];
    expect(evaluateBadgeCriteria(criteriaOf("first-upload"), events)).toEqual([
      { userId: "amara", projectId: null },
      { userId: "david", projectId: null },
    ]);
  });

  it("scope project: five uploads to one project earn Data Room Architect there; five spread over two do not", () => {
    const criteria = criteriaOf("data-room-architect");
    expect(
      evaluateBadgeCriteria(
        criteria,
        times(5, () => ev("document.uploaded", "david", "p1")),
      ),
    ).toEqual([{ userId: "david", projectId: "p1" }]);
    const spread = [...times(3, () => ev("document.uploaded", "david", "p1")), ...times(2, () => ev("document.uploaded", "david", "p2"))];
    expect(evaluateBadgeCriteria(criteria, spread)).toEqual([]);
  });

  it("scope project ignores events without a project", () => {
    expect(
      evaluateBadgeCriteria(
        criteriaOf("data-room-architect"),
        times(5, () => ev("document.uploaded", "david", null)),
      ),
    ).toEqual([]);
  });

  it("only the criteria's event type counts: versions are not first uploads", () => {
    expect(
      evaluateBadgeCriteria(
        criteriaOf("version-control"),
        times(3, () => ev("document.version_uploaded", "sarah", "p1")),
      ),
    ).toEqual([{ userId: "sarah", projectId: "p1" }]);
    expect(
      evaluateBadgeCriteria(
        criteriaOf("version-control"),
        times(3, () => ev("document.uploaded", "sarah", "p1")),
      ),
    ).toEqual([]);
  });

  it("minScore: a score of 80 earns Investment Ready, 79.99 does not", () => {
    const criteria = criteriaOf("investment-ready");
    expect(evaluateBadgeCriteria(criteria, [ev("signal_score.completed", "sarah", "p1", { score: 80 })])).toEqual([{ userId: "sarah", projectId: "p1" }]);
    expect(evaluateBadgeCriteria(criteria, [ev("signal_score.completed", "sarah", "p1", { score: 79.99 })])).toEqual([]);
    expect(evaluateBadgeCriteria(criteria, [ev("signal_score.completed", "sarah", "p1", {})])).toEqual([]);
  });

  it("minIncrease: a rise of ten earns Score Climber, nine does not", () => {
    const criteria = criteriaOf("score-climber");
    expect(evaluateBadgeCriteria(criteria, [ev("signal_score.completed", "sarah", "p1", { score: 72, increase: 10 })])).toEqual([{ userId: "sarah", projectId: "p1" }]);
    expect(evaluateBadgeCriteria(criteria, [ev("signal_score.completed", "sarah", "p1", { score: 71, increase: 9 })])).toEqual([]);
  });

  it("status: only a match moved to CONNECTED earns First Handshake", () => {
    const criteria = criteriaOf("first-connection");
    expect(evaluateBadgeCriteria(criteria, [ev("match.status_changed", "james", null, { status: "CONNECTED" })])).toEqual([{ userId: "james", projectId: null }]);
    expect(evaluateBadgeCriteria(criteria, [ev("match.status_changed", "james", null, { status: "INTERESTED" })])).toEqual([]);
  });

  it("standard: IFC and Gold Standard certifications earn their own badge only", () => {
    const ifc = [ev("certification.granted", "amara", "p1", { standard: "IFC_PS" })];
    expect(evaluateBadgeCriteria(criteriaOf("ifc-aligned"), ifc)).toEqual([{ userId: "amara", projectId: null }]);
    expect(evaluateBadgeCriteria(criteriaOf("gold-standard"), ifc)).toEqual([]);
  });

  it("plain counts: first project, NDA accepted", () => {
    expect(evaluateBadgeCriteria(criteriaOf("first-project"), [ev("project.created", "amara", "p1")])).toEqual([{ userId: "amara", projectId: null }]);
    expect(evaluateBadgeCriteria(criteriaOf("deal-room-host"), [ev("deal_room.nda_accepted", "amara", "p1")])).toEqual([{ userId: "amara", projectId: null }]);
    expect(evaluateBadgeCriteria(criteriaOf("deal-room-host"), [])).toEqual([]);
  });
});
