import type { MatchStatusName } from "@/lib/matching/match-statuses";

/**
 * Who may move a match from what to what: the server enforces this table and the match page offers
 * only its rows. Safe for client components (no database, no zod).
 *
 * - The investor reads a suggestion (SUGGESTED -> VIEWED, automatic when they open it), then shows
 *   interest or declines it; a declined match may be reconsidered (DECLINED -> INTERESTED).
 * - Interest opens the conversation. The ally answers it: CONNECTED, or declines it.
 * - After interest nobody "declines" any more: whoever ends an engaged match (the investor taking
 *   back its interest, the ally turning it down, either side leaving a connection) makes it
 *   WITHDRAWN, which is final. DECLINED is only ever the investor's no to a suggestion or proposal.
 * - An ally's proposal starts as SUGGESTED (initiated_by ALLY); the investor answers it like any
 *   suggestion, and the ally may take it back before they do.
 *
 * This keeps what the ally sees a function of the row alone (see allyVisibleWhere): a match
 * initiated by the ally, or one in INTERESTED, CONNECTED or WITHDRAWN, the statuses only reached
 * after the investor's interest. A suggestion the investor has not acted on, or declined without
 * interest, stays private to the investor.
 */
export type MatchSide = "investor" | "ally";
export type MatchInitiatorName = "SYSTEM" | "INVESTOR" | "ALLY";

export type MatchTransition = {
  side: MatchSide;
  from: readonly MatchStatusName[];
  to: MatchStatusName;
  /** The button's label. */
  label: string;
  /** Only for matches started this way (an ally withdraws its own proposal, nothing else before interest). */
  initiatedBy?: readonly MatchInitiatorName[];
  /** Made by opening the match, never offered as a button. */
  automatic?: true;
  /** Asked before a change that closes the match or hides it from the conversation. */
  confirm?: { title: string; description: string };
};

export const MATCH_TRANSITIONS: readonly MatchTransition[] = [
  { side: "investor", from: ["SUGGESTED"], to: "VIEWED", label: "Mark as viewed", automatic: true },
  { side: "investor", from: ["SUGGESTED", "VIEWED"], to: "INTERESTED", label: "Express interest" },
  { side: "investor", from: ["DECLINED"], to: "INTERESTED", label: "Reconsider and express interest" },
  {
    side: "investor",
    from: ["SUGGESTED", "VIEWED"],
    to: "DECLINED",
    label: "Decline",
    confirm: { title: "Decline this match?", description: "It moves to your declined matches. You can reconsider it later." },
  },
  {
    side: "investor",
    from: ["INTERESTED"],
    to: "WITHDRAWN",
    label: "Withdraw interest",
    confirm: { title: "Withdraw your interest?", description: "The project's owner is told, the conversation closes and the match cannot be reopened." },
  },
  { side: "ally", from: ["INTERESTED"], to: "CONNECTED", label: "Connect" },
  {
    side: "ally",
    from: ["INTERESTED"],
    to: "WITHDRAWN",
    label: "Decline interest",
    confirm: { title: "Decline this investor's interest?", description: "The investor is told, the conversation closes and the match cannot be reopened." },
  },
  {
    side: "ally",
    from: ["SUGGESTED", "VIEWED"],
    to: "WITHDRAWN",
    label: "Withdraw proposal",
    initiatedBy: ["ALLY"],
    confirm: { title: "Withdraw your proposal?", description: "The investor is told and the proposal cannot be reopened." },
  },
  ...(["investor", "ally"] as const).map(
    (side): MatchTransition => ({
      side,
      from: ["CONNECTED"],
      to: "WITHDRAWN",
      label: "End the connection",
      confirm: { title: "End this connection?", description: "The other side is told, the conversation closes and the match cannot be reopened." },
    }),
  ),
];

export type MatchState = { status: MatchStatusName; initiatedBy: MatchInitiatorName };

const applies = (t: MatchTransition, side: MatchSide, match: MatchState) =>
  t.side === side && t.from.includes(match.status) && (!t.initiatedBy || t.initiatedBy.includes(match.initiatedBy));

export function findMatchTransition(side: MatchSide, match: MatchState, to: MatchStatusName): MatchTransition | null {
  return MATCH_TRANSITIONS.find((t) => t.to === to && applies(t, side, match)) ?? null;
}

/** What this side may do now, as buttons (automatic moves left out). */
export function offeredMatchTransitions(side: MatchSide, match: MatchState): MatchTransition[] {
  return MATCH_TRANSITIONS.filter((t) => !t.automatic && applies(t, side, match));
}

export const MATCH_STATUS_LABELS: Record<MatchStatusName, string> = {
  SUGGESTED: "Suggested",
  VIEWED: "Viewed",
  INTERESTED: "Interested",
  DECLINED: "Declined",
  CONNECTED: "Connected",
  WITHDRAWN: "Withdrawn",
};

const word = (status: MatchStatusName) => MATCH_STATUS_LABELS[status].toLowerCase();
const SIDE_NAMES: Record<MatchSide, string> = { investor: "the investor", ally: "the project's owner" };

/** Why a move is refused, naming both statuses and what this side may do instead. */
export function illegalMatchTransitionMessage(side: MatchSide, match: MatchState, to: MatchStatusName): string {
  if (match.status === to) return `This match is already ${word(to)}.`;
  const article = /^[aeiou]/i.test(word(match.status)) ? "An" : "A";
  const refused = `${article} ${word(match.status)} match cannot become ${word(to)} by ${SIDE_NAMES[side]}`;
  const allowed = MATCH_TRANSITIONS.filter((t) => applies(t, side, match)).map((t) => word(t.to));
  return allowed.length ? `${refused}: you can only make it ${[...new Set(allowed)].join(" or ")}.` : `${refused}: your side cannot change it now.`;
}

/** Messages are exchanged once the investor is interested, and until either side ends the match. */
export const MESSAGING_STATUSES: readonly MatchStatusName[] = ["INTERESTED", "CONNECTED"];

/** What an ally sees besides its own proposals: the statuses reached only after the investor's interest. */
export const ALLY_VISIBLE_STATUSES: readonly MatchStatusName[] = ["INTERESTED", "CONNECTED", "WITHDRAWN"];

export function isVisibleToAlly(match: MatchState): boolean {
  return match.initiatedBy === "ALLY" || ALLY_VISIBLE_STATUSES.includes(match.status);
}

/** The longest message, in characters after trimming; the composer counts against it. */
export const MATCH_MESSAGE_MAX_LENGTH = 5000;
/** The longest private note a side keeps on a match. */
export const MATCH_NOTES_MAX_LENGTH = 10000;
