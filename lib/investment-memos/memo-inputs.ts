import type { ScreenClaim, ScreenEvidence } from "@/lib/deal-screening/screen-claims";

/** One page the memo may cite: the screen's citation, renumbered 1..k for the memo. */
export type MemoSource = { n: number; documentId: string | null; documentName: string | null; page: number | null; excerpt: string | null };

/** What a memo is written from: the listing's facts and one completed screen, its claims citing memo numbers. */
export type MemoInputs = {
  project: ScreenEvidence["project"];
  screen: { version: number; recommendation: string | null; rationale: string | null; strengths: ScreenClaim[]; risks: ScreenClaim[]; nextSteps: ScreenClaim[] };
  sources: MemoSource[];
};

type ScreenCitationRow = { citationNumber: number; documentId: string | null; pageNumber: number | null; excerpt: string | null; documentName: string | null };

/**
 * The screen's cited pages numbered 1..k in the screen's order, and its claims rewritten to those
 * numbers; a claim's citation of a page the screen did not keep is dropped. Pure: the job and the
 * seed number the same pages the same way.
 */
export function memoInputsFromScreen(input: {
  project: MemoInputs["project"];
  version: number;
  recommendation: string | null;
  rationale: string | null;
  strengths: ScreenClaim[];
  risks: ScreenClaim[];
  nextSteps: ScreenClaim[];
  citations: ScreenCitationRow[];
}): MemoInputs {
  const ordered = [...input.citations].sort((a, b) => a.citationNumber - b.citationNumber);
  const renumber = new Map(ordered.map((c, index) => [c.citationNumber, index + 1]));
  const claims = (list: ScreenClaim[]) =>
    list.map((c) => ({ text: c.text, citations: [...new Set(c.citations.flatMap((n) => (renumber.has(n) ? [renumber.get(n)!] : [])))] }));
  const rationale = input.rationale?.replace(/\s*\[(\d+(?:\s*,\s*\d+)*)\]/g, (_match, list: string) => {
    const kept = list.split(",").flatMap((n) => (renumber.has(Number(n.trim())) ? [renumber.get(Number(n.trim()))!] : []));
    return kept.length ? ` [${kept.join(", ")}]` : "";
  });
  return {
    project: input.project,
    screen: {
      version: input.version,
      recommendation: input.recommendation,
      rationale: rationale ?? null,
      strengths: claims(input.strengths),
      risks: claims(input.risks),
      nextSteps: claims(input.nextSteps),
    },
    sources: ordered.map((c) => ({ n: renumber.get(c.citationNumber)!, documentId: c.documentId, documentName: c.documentName, page: c.pageNumber, excerpt: c.excerpt })),
  };
}
