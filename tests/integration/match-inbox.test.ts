import { signIn, TEST_REQUEST_META } from "../support/mock-request-context";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { MatchInitiator, MatchStatus } from "@/lib/db/generated/client";
import { createInvestorMandate, createMatch, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { transitionMatchAction, updateMatchNotesAction, postMatchMessageAction, expressInterestAction, proposeProjectAction } = await import(
  "@/lib/matching/inbox/actions"
);
const { getMatchOrThrow } = await import("@/lib/matching/inbox/get-match-or-throw");
const { toMatchDto } = await import("@/lib/matching/inbox/to-match-dto");
const { transitionMatch, applyMatchTransition } = await import("@/lib/matching/inbox/transition-match");
const { listMatches } = await import("@/lib/matching/inbox/list-matches");
const { listMatchMessages } = await import("@/lib/matching/inbox/list-match-messages");
const { markMatchRead } = await import("@/lib/matching/inbox/mark-match-read");
const { countUnreadMatchMessages } = await import("@/lib/matching/inbox/count-unread-matches");
const { expressInterest } = await import("@/lib/matching/inbox/express-interest");
const { listDiscoverableMandates } = await import("@/lib/matching/inbox/list-discoverable-mandates");
const { scorePair } = await import("@/lib/matching/engine/score-pair");

beforeEach(() => signIn(null));

type Side = "investor" | "ally";
type World = Awaited<ReturnType<typeof buildWorld>>;

/** An investor org (an analyst and a viewer) and an ally org (likewise) with a published project and an investor mandate. */
async function buildWorld() {
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const investorViewer = await createUser(db, { orgId: investor.org.id, role: "viewer" });
  const ally = await createTenant({ type: "ALLY", role: "analyst" });
  const allyViewer = await createUser(db, { orgId: ally.org.id, role: "viewer" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Turkana Solar ${ally.org.id.slice(0, 6)}`, country: "KE", projectType: "SOLAR" });
  const mandate = await createInvestorMandate(db, { orgId: investor.org.id, name: "East Africa" });
  return { investor, investorViewer, ally, allyViewer, project, mandate };
}

async function matchIn(w: World, status: MatchStatus, initiatedBy: MatchInitiator = "SYSTEM", mandateId?: string) {
  const match = await createMatch(db, { investorOrgId: w.investor.org.id, projectId: w.project.id, mandateId, status });
  return db.matchResult.update({ where: { id: match.id }, data: { initiatedBy } });
}

const actorOf = (w: World, side: Side) => (side === "investor" ? w.investor : w.ally);
const asViewer = (actor: Actor, userId: string): Actor => ({ ...actor, role: "viewer", user: { ...actor.user, id: userId } });
const statusOf = async (matchId: string) => (await db.matchResult.findUniqueOrThrow({ where: { id: matchId } })).status;
const auditRows = (orgId: string, matchId: string) => db.auditLog.findMany({ where: { orgId, entityId: matchId }, orderBy: [{ timestamp: "asc" }, { id: "asc" }] });
const outbox = (orgId: string, name: string) => db.outboxEvent.findMany({ where: { orgId, name }, orderBy: { createdAt: "asc" } });
const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

type Case = { side: Side; from: MatchStatus; by?: MatchInitiator; to: MatchStatus; refused?: { code: string; message?: string } };

const CASES: Case[] = [
  { side: "investor", from: "SUGGESTED", to: "INTERESTED" },
  { side: "investor", from: "VIEWED", to: "DECLINED" },
  { side: "investor", from: "DECLINED", to: "INTERESTED" },
  { side: "investor", from: "VIEWED", by: "ALLY", to: "INTERESTED" },
  { side: "investor", from: "INTERESTED", by: "INVESTOR", to: "WITHDRAWN" },
  { side: "investor", from: "CONNECTED", to: "WITHDRAWN" },
  {
    side: "investor",
    from: "INTERESTED",
    to: "CONNECTED",
    refused: { code: "INVALID_TRANSITION", message: "An interested match cannot become connected by the investor: you can only make it withdrawn." },
  },
  {
    side: "investor",
    from: "WITHDRAWN",
    to: "INTERESTED",
    refused: { code: "INVALID_TRANSITION", message: "A withdrawn match cannot become interested by the investor: your side cannot change it now." },
  },
  { side: "ally", from: "INTERESTED", to: "CONNECTED" },
  { side: "ally", from: "INTERESTED", by: "INVESTOR", to: "WITHDRAWN" },
  { side: "ally", from: "CONNECTED", to: "WITHDRAWN" },
  { side: "ally", from: "SUGGESTED", by: "ALLY", to: "WITHDRAWN" },
  {
    side: "ally",
    from: "SUGGESTED",
    by: "ALLY",
    to: "INTERESTED",
    refused: { code: "INVALID_TRANSITION", message: "A suggested match cannot become interested by the project's owner: you can only make it withdrawn." },
  },
  { side: "ally", from: "INTERESTED", to: "DECLINED", refused: { code: "INVALID_TRANSITION" } },
  // The investor's private suggestions do not exist for the ally.
  { side: "ally", from: "SUGGESTED", to: "INTERESTED", refused: { code: "NOT_FOUND", message: "Match not found." } },
  { side: "ally", from: "DECLINED", to: "INTERESTED", refused: { code: "NOT_FOUND" } },
];

describe("status transitions", () => {
  it.each(CASES.map((c) => ({ by: "SYSTEM" as MatchInitiator, ...c })))("$side: $from (initiated by $by) -> $to", async ({ side, from, by, to, refused }) => {
    const w = await buildWorld();
    const match = await matchIn(w, from, by);
    const actor = actorOf(w, side);
    signIn(actor);
    const result = await transitionMatchAction({ matchId: match.id, to });

    if (refused) {
      expect(result.serverError).toMatchObject(refused);
      expect(await statusOf(match.id)).toBe(from);
      expect(await auditRows(actor.org.id, match.id)).toEqual([]);
      expect(await outbox(actor.org.id, "match.status_changed")).toEqual([]);
      return;
    }
    expect(result.serverError).toBeUndefined();
    expect(result.data).toEqual({ status: to });
    expect(await statusOf(match.id)).toBe(to);
    const [audit, ...moreAudit] = await auditRows(actor.org.id, match.id);
    expect(moreAudit).toEqual([]);
    expect(audit).toMatchObject({
      action: "match.status_changed",
      entityType: "MatchResult",
      userId: actor.user.id,
      ipAddress: TEST_REQUEST_META.ipAddress,
      changes: { before: { status: from }, after: { status: to } },
    });
    const [event, ...moreEvents] = await outbox(actor.org.id, "match.status_changed");
    expect(moreEvents).toEqual([]);
    expect(event!.payload).toEqual({ orgId: actor.org.id, matchId: match.id, from, to });
  });

  it("refuses a viewer (matching.write is analyst and above)", async () => {
    const w = await buildWorld();
    const match = await matchIn(w, "VIEWED");
    signIn(asViewer(w.investor, w.investorViewer.id));
    expect((await transitionMatchAction({ matchId: match.id, to: "INTERESTED" })).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await statusOf(match.id)).toBe("VIEWED");
  });

  it("writes a move only from the status it was read in: the later of two writers is told, nothing is overwritten", async () => {
    const w = await buildWorld();
    const match = await matchIn(w, "VIEWED");
    const stale = await getMatchOrThrow(w.investor, match.id);
    await transitionMatch(w.investor, { matchId: match.id, to: "INTERESTED" });
    await expect(applyMatchTransition(w.investor, stale, "DECLINED")).rejects.toMatchObject({
      code: "STALE_WRITE",
      message: "Someone moved this match from viewed to interested meanwhile, so it was not made declined. Reload to see it.",
    });
    expect(await statusOf(match.id)).toBe("INTERESTED");
    expect((await auditRows(w.investor.org.id, match.id)).map((a) => a.changes)).toEqual([{ before: { status: "VIEWED" }, after: { status: "INTERESTED" } }]);
  });

  it("lets exactly one of two concurrent moves from the same status win", async () => {
    const w = await buildWorld();
    const match = await matchIn(w, "VIEWED");
    const colleague = { ...w.investor, user: { ...w.investor.user, id: (await createUser(db, { orgId: w.investor.org.id, role: "manager" })).id } };
    const outcomes = await Promise.allSettled([
      transitionMatch(w.investor, { matchId: match.id, to: "INTERESTED" }),
      transitionMatch(colleague, { matchId: match.id, to: "DECLINED" }),
    ]);
    const won = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value.status] : []));
    const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { code: string; message: string }] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(["STALE_WRITE", "INVALID_TRANSITION"]).toContain(lost[0]!.code);
    expect(lost[0]!.message).toMatch(won[0] === "INTERESTED" ? /interested/ : /declined/);
    expect(await statusOf(match.id)).toBe(won[0]);
    expect(await auditRows(w.investor.org.id, match.id)).toHaveLength(1);
  });
});

describe("what each side sees", () => {
  it("keeps a suggestion the investor has not shown interest in private to the investor, and shows the ally the match from interest on", async () => {
    const w = await buildWorld();
    const match = await matchIn(w, "SUGGESTED");
    await expect(getMatchOrThrow(w.ally, match.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMatches(w.ally)).total).toBe(0);

    signIn(w.investor);
    expect((await transitionMatchAction({ matchId: match.id, to: "DECLINED" })).data).toEqual({ status: "DECLINED" });
    await expect(getMatchOrThrow(w.ally, match.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A private decline tells the ally nothing.
    expect(await notificationsOf(w.ally.user.id)).toEqual([]);

    expect((await transitionMatchAction({ matchId: match.id, to: "INTERESTED" })).data).toEqual({ status: "INTERESTED" });
    const inbox = await listMatches(w.ally);
    expect(inbox.rows.map((r) => [r.id, r.status, r.counterpartName, r.projectName])).toEqual([[match.id, "INTERESTED", w.investor.org.name, w.project.name]]);
    expect(inbox.counts).toMatchObject({ INTERESTED: 1, SUGGESTED: 0 });
    const [notice] = await notificationsOf(w.ally.user.id);
    expect(notice).toMatchObject({ kind: "action_required", title: `${w.investor.org.name} is interested in ${w.project.name}`, link: `/matches/${match.id}` });
    // Viewers are not paged for work they cannot do, and the actor's own org hears nothing.
    expect(await notificationsOf(w.allyViewer.id)).toEqual([]);
    expect(await notificationsOf(w.investor.user.id)).toEqual([]);
  });

  it("marks a suggestion viewed when the investor opens it, and never when the ally does", async () => {
    const w = await buildWorld();
    const proposal = await matchIn(w, "SUGGESTED", "ALLY");
    expect(await markMatchRead(w.ally, proposal.id)).toEqual({ status: "SUGGESTED" });
    expect(await markMatchRead(asViewer(w.investor, w.investorViewer.id), proposal.id)).toEqual({ id: proposal.id, status: "VIEWED" });
    expect(await statusOf(proposal.id)).toBe("VIEWED");
    expect(await markMatchRead(w.investor, proposal.id)).toEqual({ status: "VIEWED" });
    expect(await auditRows(w.investor.org.id, proposal.id)).toHaveLength(1);
    // Viewing is a look, not news: the ally is not told.
    expect(await notificationsOf(w.ally.user.id)).toEqual([]);
  });

  it("lists by status with counts, paged and newest activity first", async () => {
    const w = await buildWorld();
    const older = await matchIn(w, "INTERESTED");
    const newer = await matchIn(w, "CONNECTED");
    const newest = await matchIn(w, "SUGGESTED");
    const all = await listMatches(w.investor);
    expect(all).toMatchObject({ side: "investor", total: 3, inTab: 3, page: 1, pageCount: 1 });
    expect(all.counts).toEqual({ SUGGESTED: 1, VIEWED: 0, INTERESTED: 1, DECLINED: 0, CONNECTED: 1, WITHDRAWN: 0 });
    signIn(w.investor);
    await postMatchMessageAction({ matchId: older.id, content: "Hello" });
    expect((await listMatches(w.investor)).rows.map((r) => r.id)).toEqual([older.id, newest.id, newer.id]);
    const connected = await listMatches(w.investor, { status: "CONNECTED", page: 9 });
    expect(connected).toMatchObject({ status: "CONNECTED", inTab: 1, page: 1 });
    expect(connected.rows.map((r) => r.id)).toEqual([newer.id]);
    expect((await listMatches(w.ally)).rows.map((r) => r.id).sort()).toEqual([older.id, newer.id].sort());
  });
});

describe("private notes", () => {
  it("each side writes only its own notes and never sees the other's", async () => {
    const w = await buildWorld();
    const match = await matchIn(w, "INTERESTED");
    const before = await db.matchResult.findUniqueOrThrow({ where: { id: match.id } });
    signIn(w.investor);
    expect((await updateMatchNotesAction({ matchId: match.id, notes: "Investor only: IC in March" })).data).toEqual({ notes: "Investor only: IC in March" });
    signIn(w.ally);
    expect((await updateMatchNotesAction({ matchId: match.id, notes: "Ally only: prefer Northwind" })).data).toEqual({ notes: "Ally only: prefer Northwind" });

    const row = await db.matchResult.findUniqueOrThrow({ where: { id: match.id } });
    expect([row.investorNotes, row.allyNotes]).toEqual(["Investor only: IC in March", "Ally only: prefer Northwind"]);
    // Private notes do not move the match in either inbox.
    expect(row.updatedAt).toEqual(before.updatedAt);
    const allyView = JSON.stringify(toMatchDto((await getMatchOrThrow(w.ally, match.id)).match, "ally"));
    expect(allyView).toContain("Ally only");
    expect(allyView).not.toContain("Investor only");
    const investorView = toMatchDto((await getMatchOrThrow(w.investor, match.id)).match, "investor");
    expect(investorView.notes).toBe("Investor only: IC in March");
    expect(JSON.stringify(investorView)).not.toContain("Ally only");
    expect((await auditRows(w.ally.org.id, match.id)).map((a) => a.changes)).toEqual([
      { before: { allyNotes: "" }, after: { allyNotes: "Ally only: prefer Northwind" } },
    ]);
  });
});

describe("messages", () => {
  it("refuses a message before interest and after the match ends, and checks its length", async () => {
    const w = await buildWorld();
    const viewed = await matchIn(w, "VIEWED");
    const withdrawn = await matchIn(w, "WITHDRAWN");
    const open = await matchIn(w, "CONNECTED");
    signIn(w.investor);
    expect((await postMatchMessageAction({ matchId: viewed.id, content: "Hi" })).serverError).toEqual({
      code: "CONFLICT",
      message: "Messages open once the investor is interested; this match is viewed.",
    });
    expect((await postMatchMessageAction({ matchId: withdrawn.id, content: "Hi" })).serverError).toEqual({
      code: "CONFLICT",
      message: "This match was withdrawn: its conversation is closed.",
    });
    expect((await postMatchMessageAction({ matchId: open.id, content: "   " })).validationErrors?.fieldErrors.content).toEqual(["Write a message first."]);
    expect((await postMatchMessageAction({ matchId: open.id, content: "x".repeat(5001) })).validationErrors?.fieldErrors.content).toEqual([
      "A message can be at most 5,000 characters.",
    ]);
    expect((await postMatchMessageAction({ matchId: open.id, content: `  ${"x".repeat(5000)}  ` })).serverError).toBeUndefined();
    expect((await db.matchMessage.findMany({ where: { matchId: { in: [viewed.id, withdrawn.id, open.id] } } })).map((m) => m.content.length)).toEqual([5000]);
  });

  it("counts unread for the other side, clears them on opening, notifies the other side and records the fact", async () => {
    const w = await buildWorld();
    const match = await matchIn(w, "INTERESTED");
    signIn(w.investor);
    const first = await postMatchMessageAction({ matchId: match.id, content: "  Could you open a data room for us?  " });
    await postMatchMessageAction({ matchId: match.id, content: "We would look at USD 10m." });

    expect(await countUnreadMatchMessages(w.investor)).toBe(0);
    expect(await countUnreadMatchMessages(w.ally)).toBe(2);
    expect((await listMatches(w.ally)).rows[0]).toMatchObject({ id: match.id, unread: 2 });
    const allyViewerTenant = asViewer(w.ally, w.allyViewer.id);
    expect(await countUnreadMatchMessages(allyViewerTenant)).toBe(2);

    const thread = await listMatchMessages(w.ally, match.id);
    expect(thread.messages.map((m) => [m.content, m.fromOwnSide, m.mine])).toEqual([
      ["Could you open a data room for us?", false, false],
      ["We would look at USD 10m.", false, false],
    ]);
    await markMatchRead(w.ally, match.id);
    expect(await countUnreadMatchMessages(w.ally)).toBe(0);
    expect((await listMatches(w.ally)).rows[0]!.unread).toBe(0);
    // Each reader reads for themselves.
    expect(await countUnreadMatchMessages(allyViewerTenant)).toBe(2);

    signIn(w.ally);
    await postMatchMessageAction({ matchId: match.id, content: "Happy to. The deal room opens this week." });
    expect(await countUnreadMatchMessages(w.investor)).toBe(1);
    expect(await countUnreadMatchMessages(w.ally)).toBe(0);

    const messageId = first.data!.id;
    const toAlly = await notificationsOf(w.ally.user.id);
    expect(toAlly.map((n) => n.sourceKey)).toContain(`match.message_posted:${messageId}`);
    expect(toAlly.find((n) => n.sourceKey === `match.message_posted:${messageId}`)).toMatchObject({
      kind: "mention",
      title: `New message from ${w.investor.org.name} about ${w.project.name}`,
      link: `/matches/${match.id}`,
    });
    expect(await notificationsOf(w.allyViewer.id)).toEqual([]);
    expect((await notificationsOf(w.investor.user.id)).map((n) => n.title)).toEqual([`New message from ${w.ally.org.name} about ${w.project.name}`]);

    const events = await outbox(w.investor.org.id, "match.message_posted");
    expect(events.map((e) => e.payload)).toEqual([
      { orgId: w.investor.org.id, matchId: match.id, messageId },
      { orgId: w.investor.org.id, matchId: match.id, messageId: expect.any(String) },
    ]);
    expect((await auditRows(w.investor.org.id, match.id)).map((a) => a.action)).toEqual(["match.message_posted", "match.message_posted"]);
  });
});

describe("express interest", () => {
  it("moves the investor's existing match to INTERESTED, and does nothing the second time", async () => {
    const w = await buildWorld();
    const match = await matchIn(w, "VIEWED", "SYSTEM", w.mandate.id);
    signIn(w.investor);
    expect((await expressInterestAction({ projectId: w.project.id })).data).toEqual({ matchId: match.id });
    expect(await statusOf(match.id)).toBe("INTERESTED");
    expect(await expressInterest(w.investor, w.project.id)).toBe(match.id);
    expect(await auditRows(w.investor.org.id, match.id)).toHaveLength(1);
    expect((await notificationsOf(w.ally.user.id)).map((n) => n.kind)).toEqual(["action_required"]);
  });

  it("creates a match initiated by the investor under its best-scoring active mandate, scored by the engine", async () => {
    const w = await buildWorld();
    await createInvestorMandate(db, { orgId: w.investor.org.id, name: "Wrong region", geographies: ["BR"], projectTypes: ["WIND"] });
    const matchId = await expressInterest(w.investor, w.project.id);
    const row = await db.matchResult.findUniqueOrThrow({ where: { id: matchId } });
    const expected = await scorePair(w.mandate.id, w.project.id);
    expect(row).toMatchObject({
      investorOrgId: w.investor.org.id,
      allyOrgId: w.ally.org.id,
      mandateId: w.mandate.id,
      status: "INTERESTED",
      initiatedBy: "INVESTOR",
      overallScore: expected!.overall,
    });
    expect(row.scoreBreakdown).toEqual(expected!.breakdown);
    expect((await auditRows(w.investor.org.id, matchId)).map((a) => a.action)).toEqual(["match.created"]);
    expect((await outbox(w.investor.org.id, "match.status_changed")).map((e) => e.payload)).toEqual([
      { orgId: w.investor.org.id, matchId, from: null, to: "INTERESTED" },
    ]);
    expect((await getMatchOrThrow(w.ally, matchId)).match.id).toBe(matchId);
  });

  it("creates an unscored match when the investor has no active mandate, and refuses what is not on the marketplace", async () => {
    const w = await buildWorld();
    await db.investorMandate.update({ where: { id: w.mandate.id }, data: { isActive: false } });
    const matchId = await expressInterest(w.investor, w.project.id);
    expect(await db.matchResult.findUniqueOrThrow({ where: { id: matchId } })).toMatchObject({ mandateId: null, overallScore: 0, scoreBreakdown: null });

    const draft = await createTenantProject(w.ally, { isPublished: false });
    signIn(w.investor);
    expect((await expressInterestAction({ projectId: draft.id })).serverError).toEqual({ code: "NOT_FOUND", message: "Project not found." });
    expect((await expressInterestAction({ projectId: w.project.id, mandateId: (await buildWorld()).mandate.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    signIn(w.ally);
    expect((await expressInterestAction({ projectId: w.project.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.matchResult.count({ where: { projectId: { in: [draft.id, w.project.id] } } })).toBe(1);
  });

  it("refuses to reopen a withdrawn match", async () => {
    const w = await buildWorld();
    await matchIn(w, "WITHDRAWN");
    await expect(expressInterest(w.investor, w.project.id)).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });
});

describe("ally proposals", () => {
  async function discoverable(w: World) {
    return db.investorMandate.update({ where: { id: w.mandate.id }, data: { isDiscoverable: true } });
  }

  it("proposes a published project to a discoverable mandate: SUGGESTED, initiated by the ally, scored, the investor told", async () => {
    const w = await buildWorld();
    await discoverable(w);
    signIn(w.ally);
    const result = await proposeProjectAction({ projectId: w.project.id, mandateId: w.mandate.id });
    const matchId = result.data!.matchId;
    const expected = await scorePair(w.mandate.id, w.project.id);
    expect(await db.matchResult.findUniqueOrThrow({ where: { id: matchId } })).toMatchObject({
      investorOrgId: w.investor.org.id,
      allyOrgId: w.ally.org.id,
      status: "SUGGESTED",
      initiatedBy: "ALLY",
      overallScore: expected!.overall,
    });
    expect(await notificationsOf(w.investor.user.id)).toMatchObject([
      { kind: "action_required", title: `${w.ally.org.name} proposed ${w.project.name}`, link: `/matches/${matchId}`, sourceKey: `match.proposed:${matchId}` },
    ]);
    expect((await auditRows(w.ally.org.id, matchId)).map((a) => a.action)).toEqual(["match.proposed"]);
    expect((await listMatches(w.ally)).rows.map((r) => [r.id, r.initiatedBy])).toEqual([[matchId, "ALLY"]]);
    expect((await proposeProjectAction({ projectId: w.project.id, mandateId: w.mandate.id })).serverError).toEqual({
      code: "CONFLICT",
      message: `${w.project.name} is already in your matches with East Africa.`,
    });
  });

  it("refuses a mandate that is not discoverable, paused or unknown (404), and a project not on the marketplace", async () => {
    const w = await buildWorld();
    signIn(w.ally);
    expect((await proposeProjectAction({ projectId: w.project.id, mandateId: w.mandate.id })).serverError).toEqual({ code: "NOT_FOUND", message: "Mandate not found." });
    await db.investorMandate.update({ where: { id: w.mandate.id }, data: { isDiscoverable: true, isActive: false } });
    expect((await proposeProjectAction({ projectId: w.project.id, mandateId: w.mandate.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    await db.investorMandate.update({ where: { id: w.mandate.id }, data: { isActive: true } });
    const draft = await createTenantProject(w.ally, { isPublished: false, name: "Draft hydro" });
    expect((await proposeProjectAction({ projectId: draft.id, mandateId: w.mandate.id })).serverError).toEqual({
      code: "VALIDATION",
      message: "Draft hydro is not on the marketplace: publish it before proposing it to investors.",
    });
    const other = await buildWorld();
    expect((await proposeProjectAction({ projectId: other.project.id, mandateId: w.mandate.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    signIn(w.investor);
    expect((await proposeProjectAction({ projectId: w.project.id, mandateId: w.mandate.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.matchResult.count({ where: { mandateId: w.mandate.id } })).toBe(0);
  });

  it("turns the engine's private suggestion of the same pair into the proposal, but does not press a declined one", async () => {
    const w = await buildWorld();
    await discoverable(w);
    const suggestion = await matchIn(w, "VIEWED", "SYSTEM", w.mandate.id);
    signIn(w.ally);
    expect((await proposeProjectAction({ projectId: w.project.id, mandateId: w.mandate.id })).data).toEqual({ matchId: suggestion.id });
    expect(await db.matchResult.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({ status: "VIEWED", initiatedBy: "ALLY" });

    const declinedWorld = await buildWorld();
    await discoverable(declinedWorld);
    const declined = await matchIn(declinedWorld, "DECLINED", "SYSTEM", declinedWorld.mandate.id);
    signIn(declinedWorld.ally);
    expect((await proposeProjectAction({ projectId: declinedWorld.project.id, mandateId: declinedWorld.mandate.id })).serverError).toMatchObject({ code: "CONFLICT" });
    expect(await db.matchResult.findUniqueOrThrow({ where: { id: declined.id } })).toMatchObject({ status: "DECLINED", initiatedBy: "SYSTEM" });
  });

  it("lists discoverable, active mandates as a short public profile", async () => {
    const w = await buildWorld();
    await discoverable(w);
    await db.investorMandate.update({ where: { id: w.mandate.id }, data: { targetIrrPct: "14.5", exclusions: ["coal"] } });
    const hidden = await createInvestorMandate(db, { orgId: w.investor.org.id, name: "Not discoverable" });
    const { rows } = await listDiscoverableMandates(w.ally, { page: 1 });
    const mine = rows.find((r) => r.id === w.mandate.id);
    expect(mine).toEqual({
      id: w.mandate.id,
      investorOrgName: w.investor.org.name,
      name: "East Africa",
      sectors: ["SOLAR", "WIND"],
      geographies: ["KE"],
      stages: ["DEVELOPMENT"],
      ticketSizeMin: "1000000.0000",
      ticketSizeMax: "20000000.0000",
      currency: "USD",
    });
    expect(rows.some((r) => r.id === hidden.id)).toBe(false);
    await expect(listDiscoverableMandates(w.investor)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("another org", () => {
  it("gets 404 for every match action and read, and changes nothing", async () => {
    const w = await buildWorld();
    const match = await matchIn(w, "INTERESTED");
    await db.matchResult.update({ where: { id: match.id }, data: { investorNotes: "secret", allyNotes: "ours" } });
    const otherInvestor = await createTenant({ type: "INVESTOR", role: "admin" });
    const otherAlly = await createTenant({ type: "ALLY", role: "admin" });
    const snapshot = async () => ({
      match: await db.matchResult.findUniqueOrThrow({ where: { id: match.id } }),
      messages: await db.matchMessage.count({ where: { matchId: match.id } }),
      reads: await db.matchRead.count({ where: { matchId: match.id } }),
    });
    const before = await snapshot();

    for (const stranger of [otherInvestor, otherAlly]) {
      signIn(stranger);
      for (const result of [
        await transitionMatchAction({ matchId: match.id, to: stranger.org.type === "INVESTOR" ? "WITHDRAWN" : "CONNECTED" }),
        await updateMatchNotesAction({ matchId: match.id, notes: "intrusion" }),
        await postMatchMessageAction({ matchId: match.id, content: "intrusion" }),
      ]) {
        expect(result.serverError).toEqual({ code: "NOT_FOUND", message: "Match not found." });
      }
      await expect(getMatchOrThrow(stranger, match.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listMatchMessages(stranger, match.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(markMatchRead(stranger, match.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listMatches(stranger)).total).toBe(0);
      expect(await countUnreadMatchMessages(stranger)).toBe(0);
    }
    signIn(otherAlly);
    expect((await proposeProjectAction({ projectId: w.project.id, mandateId: w.mandate.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
    expect(await db.auditLog.count({ where: { orgId: { in: [otherInvestor.org.id, otherAlly.org.id] } } })).toBe(0);
  });
});
