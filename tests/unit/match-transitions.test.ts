import { describe, expect, it } from "vitest";
import {
  findMatchTransition,
  illegalMatchTransitionMessage,
  isVisibleToAlly,
  MATCH_TRANSITIONS,
  offeredMatchTransitions,
  type MatchInitiatorName,
  type MatchSide,
} from "@/lib/matching/inbox/match-transitions";
import { MATCH_STATUSES, type MatchStatusName } from "@/lib/matching/match-statuses";

const INITIATORS: MatchInitiatorName[] = ["SYSTEM", "INVESTOR", "ALLY"];
const SIDES: MatchSide[] = ["investor", "ally"];

/**
 * Every move the table allows, written out by hand: side, from, to, and the initiators it applies
 * to ("*" for all). Any change to MATCH_TRANSITIONS that is not also made here fails the matrix.
 */
const ALLOWED: [MatchSide, MatchStatusName, MatchStatusName, "*" | MatchInitiatorName][] = [
  ["investor", "SUGGESTED", "VIEWED", "*"],
  ["investor", "SUGGESTED", "INTERESTED", "*"],
  ["investor", "VIEWED", "INTERESTED", "*"],
  ["investor", "DECLINED", "INTERESTED", "*"],
  ["investor", "SUGGESTED", "DECLINED", "*"],
  ["investor", "VIEWED", "DECLINED", "*"],
  ["investor", "INTERESTED", "WITHDRAWN", "*"],
  ["investor", "CONNECTED", "WITHDRAWN", "*"],
  ["ally", "INTERESTED", "CONNECTED", "*"],
  ["ally", "INTERESTED", "WITHDRAWN", "*"],
  ["ally", "CONNECTED", "WITHDRAWN", "*"],
  ["ally", "SUGGESTED", "WITHDRAWN", "ALLY"],
  ["ally", "VIEWED", "WITHDRAWN", "ALLY"],
];

const allowed = (side: MatchSide, from: MatchStatusName, to: MatchStatusName, by: MatchInitiatorName) =>
  ALLOWED.some(([s, f, t, i]) => s === side && f === from && t === to && (i === "*" || i === by));

describe("MATCH_TRANSITIONS", () => {
  it("allows exactly the listed moves, for every side, status, initiator and target", () => {
    for (const side of SIDES)
      for (const status of MATCH_STATUSES)
        for (const initiatedBy of INITIATORS)
          for (const to of MATCH_STATUSES) {
            const found = findMatchTransition(side, { status, initiatedBy }, to);
            expect(found !== null, `${side}: ${status} -> ${to} (${initiatedBy})`).toBe(allowed(side, status, to, initiatedBy));
          }
  });

  it("keeps WITHDRAWN final for both sides", () => {
    for (const side of SIDES) for (const initiatedBy of INITIATORS) expect(offeredMatchTransitions(side, { status: "WITHDRAWN", initiatedBy })).toEqual([]);
  });

  it("offers buttons without the automatic move to VIEWED, and confirms every move that closes a match", () => {
    expect(offeredMatchTransitions("investor", { status: "SUGGESTED", initiatedBy: "SYSTEM" }).map((t) => t.to)).toEqual(["INTERESTED", "DECLINED"]);
    expect(offeredMatchTransitions("ally", { status: "INTERESTED", initiatedBy: "SYSTEM" }).map((t) => t.label)).toEqual(["Connect", "Decline interest"]);
    expect(offeredMatchTransitions("ally", { status: "VIEWED", initiatedBy: "ALLY" }).map((t) => t.label)).toEqual(["Withdraw proposal"]);
    for (const t of MATCH_TRANSITIONS) if (t.to === "WITHDRAWN" || t.to === "DECLINED") expect(t.confirm, `${t.side} ${t.label}`).toBeDefined();
  });
});

describe("illegalMatchTransitionMessage", () => {
  it("names both statuses and what the side may do instead", () => {
    expect(illegalMatchTransitionMessage("investor", { status: "VIEWED", initiatedBy: "SYSTEM" }, "CONNECTED")).toBe(
      "A viewed match cannot become connected by the investor: you can only make it interested or declined.",
    );
    expect(illegalMatchTransitionMessage("ally", { status: "INTERESTED", initiatedBy: "SYSTEM" }, "DECLINED")).toBe(
      "An interested match cannot become declined by the project's owner: you can only make it connected or withdrawn.",
    );
    expect(illegalMatchTransitionMessage("ally", { status: "WITHDRAWN", initiatedBy: "ALLY" }, "INTERESTED")).toBe(
      "A withdrawn match cannot become interested by the project's owner: your side cannot change it now.",
    );
    expect(illegalMatchTransitionMessage("investor", { status: "INTERESTED", initiatedBy: "INVESTOR" }, "INTERESTED")).toBe("This match is already interested.");
  });
});

describe("isVisibleToAlly", () => {
  it("shows the ally its proposals and what follows the investor's interest, never a private suggestion", () => {
    const visible = (status: MatchStatusName, initiatedBy: MatchInitiatorName) => isVisibleToAlly({ status, initiatedBy });
    for (const status of MATCH_STATUSES) expect(visible(status, "ALLY"), status).toBe(true);
    expect(MATCH_STATUSES.filter((status) => visible(status, "SYSTEM"))).toEqual(["INTERESTED", "CONNECTED", "WITHDRAWN"]);
    expect(visible("DECLINED", "SYSTEM")).toBe(false);
  });

  it("never hides a match from the ally once it has seen it: no move leaves the visible set", () => {
    for (const t of MATCH_TRANSITIONS)
      for (const from of t.from)
        for (const initiatedBy of t.initiatedBy ?? INITIATORS) {
          if (isVisibleToAlly({ status: from, initiatedBy })) expect(isVisibleToAlly({ status: t.to, initiatedBy }), `${from} -> ${t.to} (${initiatedBy})`).toBe(true);
        }
  });
});
