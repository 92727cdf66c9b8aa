import { INSUFFICIENT_EVIDENCE, type ScreenClaim, type ScreenEvidence, type ScreenOutput } from "./screen-claims";

/** The numbers a text cites as [n] or [n, m]. */
export function citedNumbers(text: string): number[] {
  return [...text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)].flatMap((m) => m[1].split(",").map((n) => Number(n.trim())));
}

/**
 * Holds an answer (the model's above all) to the evidence it was given: a citation of a page that
 * was not given is dropped, a strength left with no citation is dropped (a strength must rest on a
 * page), a [n] in the rationale that names no given page is removed. With no sources there is no
 * score: REVIEW, score null, whatever the answer said.
 */
export function checkScreenOutput(output: ScreenOutput, evidence: ScreenEvidence): ScreenOutput {
  const given = new Set(evidence.sources.map((s) => s.n));
  const keep = (claims: ScreenClaim[]) =>
    claims.map((c) => ({ text: c.text.trim(), citations: [...new Set(c.citations.filter((n) => given.has(n)))].sort((a, b) => a - b) }));
  const rationale = output.rationale.replace(/\s*\[(\d+(?:\s*,\s*\d+)*)\]/g, (match, list: string) =>
    list.split(",").every((n) => given.has(Number(n.trim()))) ? match : "",
  );
  if (given.size === 0) {
    return {
      ...output,
      recommendation: "REVIEW",
      overallScore: null,
      rationale: rationale.startsWith(INSUFFICIENT_EVIDENCE) ? rationale : `${INSUFFICIENT_EVIDENCE}: ${rationale}`,
      keyStrengths: [],
      keyRisks: keep(output.keyRisks),
      nextSteps: keep(output.nextSteps),
    };
  }
  return {
    ...output,
    overallScore: output.overallScore === null ? null : Math.round(output.overallScore * 100) / 100,
    rationale,
    keyStrengths: keep(output.keyStrengths).filter((c) => c.citations.length > 0),
    keyRisks: keep(output.keyRisks),
    nextSteps: keep(output.nextSteps),
  };
}
