import type { ScreenClaim } from "./screen-claims";

type Comparable = { version: number; recommendation: string | null; score: number | null; strengths: ScreenClaim[]; risks: ScreenClaim[]; nextSteps: ScreenClaim[] };

export type ClaimChanges = { added: string[]; removed: string[] };
export type ScreenDiff = {
  fromVersion: number;
  recommendation: { from: string | null; to: string | null } | null;
  score: { from: number | null; to: number | null } | null;
  strengths: ClaimChanges;
  risks: ClaimChanges;
  nextSteps: ClaimChanges;
};

/** Claims compare by their sentence, whitespace and case aside: a renumbered citation is not a change. */
const key = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

function changes(before: ScreenClaim[], after: ScreenClaim[]): ClaimChanges {
  const was = new Set(before.map((c) => key(c.text)));
  const is = new Set(after.map((c) => key(c.text)));
  return { added: after.filter((c) => !was.has(key(c.text))).map((c) => c.text), removed: before.filter((c) => !is.has(key(c.text))).map((c) => c.text) };
}

/** What changed from an earlier version to a later one: the verdict, the score, and the strengths, risks and next steps added or removed. */
export function diffScreenVersions(before: Comparable, after: Comparable): ScreenDiff {
  return {
    fromVersion: before.version,
    recommendation: before.recommendation === after.recommendation ? null : { from: before.recommendation, to: after.recommendation },
    score: before.score === after.score ? null : { from: before.score, to: after.score },
    strengths: changes(before.strengths, after.strengths),
    risks: changes(before.risks, after.risks),
    nextSteps: changes(before.nextSteps, after.nextSteps),
  };
}

export function isUnchanged(diff: ScreenDiff): boolean {
  const lists = [diff.strengths, diff.risks, diff.nextSteps];
  return !diff.recommendation && !diff.score && lists.every((l) => l.added.length === 0 && l.removed.length === 0);
}
